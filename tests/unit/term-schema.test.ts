import { expect, test } from "vitest";
import { termSchema } from "../../src/schemas/term.ts";

const valid = {
  title: "LoRA",
  short: "A way to adapt a large pretrained model by training two small matrices per layer instead of all of its weights.",
  category: "training",
  aliases: ["low-rank adaptation"],
  related: ["qlora", "fine-tuning", "parameter-efficient-fine-tuning"],
  level: "intermediate",
  sources: [
    { title: "LoRA: Low-Rank Adaptation of Large Language Models", url: "https://arxiv.org/abs/2106.09685", year: 2021, kind: "paper" },
    { title: "PEFT documentation", url: "https://huggingface.co/docs/peft", kind: "docs" },
  ],
  updated: "2026-11-24",
};

/** The messages a writer sees for one bad entry: "field: message". */
function problems(data: Record<string, unknown>) {
  const result = termSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

test("accepts a valid entry and fills defaults", () => {
  const parsed = termSchema.parse({ ...valid, aliases: undefined });
  expect(parsed.aliases).toEqual([]);
  expect(parsed.updated).toEqual(new Date("2026-11-24"));
});

test("names the field, what is allowed and the fix", () => {
  expect(
    problems({
      ...valid,
      short: "Too short.",
      category: "llms",
      related: ["qlora"],
      level: "expert",
      sources: [{ title: "Only one", url: "arxiv.org/abs/2106.09685" }],
      updated: "soon",
    }),
  ).toMatchInlineSnapshot(`
    [
      "short: short must be 80–220 characters; it has 10. Say a little more.",
      "category: category must be one of: foundations, architecture, llm, diffusion, training, inference, safety, models (see TERMS.md).",
      "related: related must list 3–8 slugs; it has 1. Add the terms a reader needs next.",
      "level: level must be one of: beginner, intermediate, advanced.",
      "sources.0.url: source url must be a full http(s) address, e.g. https://arxiv.org/abs/2006.11239.",
      "sources: sources must list at least 2 sources; put the primary source (the paper, the official docs) first.",
      "updated: updated must be a date written YYYY-MM-DD, e.g. 2026-11-24.",
    ]
  `);
});

test("rejects missing fields, bad slugs, too many related terms and a short definition that uses the term", () => {
  const { title, ...untitled } = valid;
  expect(problems(untitled)).toEqual(["title: title is required: the term as a reader writes it, e.g. 'Diffusion model'."]);
  expect(problems({ ...valid, related: ["QLoRA", "lora", "fine-tuning"] })).toEqual([
    "related.0: related must hold slugs: lowercase words joined by hyphens, e.g. 'diffusion-model'.",
  ]);
  expect(problems({ ...valid, related: ["a", "b", "c", "d", "e", "f", "g", "h", "i"] })).toEqual([
    "related: related must list 3–8 slugs; it has 9. Keep the most useful 8.",
  ]);
  expect(problems({ ...valid, short: `${valid.short} LoRA is cheap.` })).toEqual([
    "short: short must define the term without using it; it contains 'LoRA'. Describe what it is instead.",
  ]);
});

test("a short may use the title's letters inside other words, in any case, but not the title as a word", () => {
  const short = (text: string) => problems({ ...valid, short: `${valid.short} ${text}` });
  expect(short("It differs from glora and lorax.")).toEqual([]);
  expect(short("It is also written lora.")).toHaveLength(1);
  expect(short("(LoRA)")).toHaveLength(1);
  expect(short("Known as LoRA-style adapters.")).toHaveLength(1);
  expect(short("Unlike LoRA2 or ÜLoRA.")).toEqual([]);
});
