import { expect, test } from "vitest";
import { definedTerm, definedTermSet, jsonForScript, llmsTxt, termsJson, type EntryData } from "../../src/lib/machine-readable.ts";

const lora: EntryData = {
  slug: "lora",
  title: "LoRA",
  aliases: ["low-rank adaptation"],
  short: "A cheap way to adapt a model.",
  category: "training",
  categoryLabel: "Training and adaptation",
  level: "intermediate",
  related: ["qlora", "fine-tuning", "parameter-efficient-fine-tuning"],
  updated: new Date("2026-11-24"),
  url: "https://example.org/terms/lora/",
};

test("a DefinedTerm with its names, description, URL and set", () => {
  expect(definedTerm(lora, "https://example.org/terms/")).toEqual({
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    name: "LoRA",
    description: "A cheap way to adapt a model.",
    alternateName: ["low-rank adaptation"],
    url: "https://example.org/terms/lora/",
    dateModified: "2026-11-24",
    inDefinedTermSet: { "@type": "DefinedTermSet", name: "AI Glossary", url: "https://example.org/terms/" },
  });
  expect(definedTerm({ ...lora, aliases: [] }, "/")).not.toHaveProperty("alternateName");
  expect(definedTermSet([lora], "https://example.org/terms/").hasDefinedTerm).toEqual([
    { "@type": "DefinedTerm", name: "LoRA", description: "A cheap way to adapt a model.", url: "https://example.org/terms/lora/" },
  ]);
});

test("JSON-LD cannot close its script element", () => {
  expect(jsonForScript({ name: "</script><script>alert(1)</script>" })).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
});

test("terms.json carries a version and every documented field", () => {
  const json = termsJson([lora], "https://example.org/");
  expect(json).toMatchObject({ version: 1, count: 1, site: "https://example.org/" });
  expect(Object.keys(json.terms[0])).toEqual(["slug", "title", "aliases", "short", "category", "level", "related", "url", "updated"]);
  expect(json.terms[0].updated).toBe("2026-11-24");
});

test("llms.txt lists every term under its category with its short definition", () => {
  expect(llmsTxt([lora], [{ id: "llm", label: "Language models" }, { id: "training", label: "Training and adaptation" }], "https://example.org/"))
    .toMatchInlineSnapshot(`
      "# AI Glossary

      > Plain, sourced explanations of the words of modern AI: foundation models, large language models, diffusion models, and the terms around them.

      Every entry is a page at https://example.org/; its one-sentence definition follows each link.

      ## Training and adaptation

      - [LoRA](https://example.org/terms/lora/): A cheap way to adapt a model.
      "
    `);
});
