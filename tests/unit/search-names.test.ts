import { expect, test } from "vitest";
import { buildNameIndex, findExactMatches, foldName } from "../../src/lib/search-names.ts";

const index = buildNameIndex([
  { title: "Transformer", aliases: ["transformer architecture"], url: "/terms/transformer/", category: "Model architecture", short: "…" },
  { title: "Vision transformer", aliases: ["ViT"], url: "/terms/vision-transformer/", category: "Model architecture", short: "…" },
  { title: "Fine-tuning", aliases: ["finetuning", "fine tune"], url: "/terms/fine-tuning/", category: "Core concepts", short: "…" },
  { title: "Large language model", aliases: ["LLM", "LLMs"], url: "/terms/large-language-model/", category: "Language models", short: "…" },
  { title: "GPT-4", aliases: ["GPT-4o"], url: "/terms/gpt-4/", category: "Notable models", short: "…" },
]);
const urls = (query: string) => findExactMatches(index, query).map((t) => t.u);

test("folds case, accents, spaces and hyphens", () => {
  expect(["Fine-tuning", "fine tuning", "FINETUNING", "fine–tuning"].map(foldName)).toEqual(Array(4).fill("finetuning"));
  expect(foldName("Dall·E")).toBe("dalle");
});

test("an exact title or alias finds its entry only", () => {
  expect(urls("transformer")).toEqual(["/terms/transformer/"]);
  expect(urls("vit")).toEqual(["/terms/vision-transformer/"]);
  expect(urls("llm")).toEqual(["/terms/large-language-model/"]);
  expect(urls("gpt4")).toEqual(["/terms/gpt-4/"]);
  expect(urls("GPT 4o")).toEqual(["/terms/gpt-4/"]);
});

test("spacing variants and plurals find the entry", () => {
  expect(urls("fine tuning")).toEqual(["/terms/fine-tuning/"]);
  expect(urls("transformers")).toEqual(["/terms/transformer/"]);
  expect(urls("large language models")).toEqual(["/terms/large-language-model/"]);
});

test("partial words and empty queries find nothing", () => {
  expect(urls("trans")).toEqual([]);
  expect(urls("  ")).toEqual([]);
});
