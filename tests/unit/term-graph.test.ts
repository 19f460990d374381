import { describe, expect, test } from "vitest";
import { buildTermGraph, checkTerms, ContentError, type TermEntry } from "../../src/lib/term-graph.ts";

/** A small, valid glossary: every entry links to and is linked from another. */
function entries(overrides: Partial<Record<string, Partial<TermEntry>>> = {}): TermEntry[] {
  const base: TermEntry[] = [
    { id: "lora", title: "LoRA", aliases: ["low-rank adaptation"], related: ["qlora", "fine-tuning"], body: "A way to [[fine-tuning|fine-tune]] cheaply." },
    { id: "qlora", title: "QLoRA", aliases: ["quantized LoRA"], related: ["lora"], body: "Builds on [[lora]]." },
    { id: "fine-tuning", title: "Fine-tuning", aliases: [], related: ["lora"], body: "See [[qlora]] and [[lora|LoRA]]." },
  ];
  return base.map((e) => ({ ...e, ...overrides[e.id] }));
}

describe("buildTermGraph", () => {
  test("collects inline links out and backlinks from both related and inline links", () => {
    const graph = buildTermGraph(entries());
    expect(graph.slugs).toEqual(["fine-tuning", "lora", "qlora"]);
    expect(graph.linksOut.get("fine-tuning")).toEqual(["qlora", "lora"]);
    expect(graph.backlinks.get("lora")).toEqual(["fine-tuning", "qlora"]);
    expect(graph.backlinks.get("qlora")).toEqual(["fine-tuning", "lora"]);
  });

  test("ignores [[links]] inside code", () => {
    const graph = buildTermGraph(
      entries({ lora: { body: "Use [[fine-tuning]]. Literal `[[not-a-term]]` and\n\n```\n[[also-not]]\n```\n" } }),
    );
    expect(graph.linksOut.get("lora")).toEqual(["fine-tuning"]);
  });

  test("throws a ContentError listing every problem", () => {
    const bad = entries({ lora: { related: ["qlora2", "fine-tuning"] }, qlora: { body: "See [[lora]] and [[finetuning]]." } });
    expect(() => buildTermGraph(bad)).toThrow(ContentError);
    expect(() => buildTermGraph(bad)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 2 problems in the glossary's content:
        - content/terms/lora.mdx: related → 'qlora2' is not a term. Did you mean 'qlora'?
        - content/terms/qlora.mdx: body → [[finetuning]] links to 'finetuning', which is not a term. Did you mean 'fine-tuning'?]
    `);
  });
});

describe("checkTerms", () => {
  test("accepts a valid glossary", () => {
    expect(checkTerms(entries())).toEqual([]);
  });

  test("an unknown related slug, with no close match", () => {
    expect(checkTerms(entries({ lora: { related: ["qlora", "fine-tuning", "transformer"] } }))).toMatchInlineSnapshot(`
      [
        "content/terms/lora.mdx: related → 'transformer' is not a term. Check the slug against the file names in content/terms/.",
      ]
    `);
  });

  test("never suggests the entry itself", () => {
    expect(checkTerms(entries({ lora: { related: ["loras", "qlora", "fine-tuning"] } }))).toEqual([
      "content/terms/lora.mdx: related → 'loras' is not a term. Did you mean 'qlora'?",
    ]);
  });

  test("a self-link in related and in the body", () => {
    expect(checkTerms(entries({ qlora: { related: ["lora", "qlora"], body: "[[lora]] and [[qlora|itself]]" } })))
      .toMatchInlineSnapshot(`
        [
          "content/terms/qlora.mdx: related → 'qlora' is the entry itself. Remove it from the list.",
          "content/terms/qlora.mdx: body → [[qlora|itself]] links the entry to itself. Write plain text instead.",
        ]
      `);
  });

  test("a duplicate slug in related", () => {
    expect(checkTerms(entries({ lora: { related: ["qlora", "fine-tuning", "qlora"] } }))).toMatchInlineSnapshot(`
      [
        "content/terms/lora.mdx: related → 'qlora' is listed twice. Keep one.",
      ]
    `);
  });

  test("two entries sharing a title", () => {
    expect(checkTerms(entries({ qlora: { title: "lora" } }))).toMatchInlineSnapshot(`
      [
        "content/terms/qlora.mdx: title → 'lora' is also the title of content/terms/lora.mdx. Titles must be unique; rename one.",
      ]
    `);
  });

  test("an alias equal to another entry's title, and an alias shared by two entries", () => {
    expect(checkTerms(entries({ "fine-tuning": { aliases: ["QLoRA", "Low-Rank  Adaptation"] } })))
      .toMatchInlineSnapshot(`
        [
          "content/terms/fine-tuning.mdx: aliases → 'QLoRA' is already the title of content/terms/qlora.mdx. A name must lead to one entry; remove it here or there.",
          "content/terms/lora.mdx: aliases → 'low-rank adaptation' is already an alias of content/terms/fine-tuning.mdx. A name must lead to one entry; remove it here or there.",
        ]
      `);
  });

  test("an alias repeating the entry's own title", () => {
    expect(checkTerms(entries({ lora: { aliases: ["LoRA", "low-rank adaptation"] } }))).toMatchInlineSnapshot(`
      [
        "content/terms/lora.mdx: aliases → 'LoRA' repeats the entry's own title. Remove it.",
      ]
    `);
  });

  test("an orphan that no other entry links to", () => {
    const orphan: TermEntry = { id: "epoch", title: "Epoch", aliases: [], related: ["lora", "qlora", "fine-tuning"], body: "" };
    expect(checkTerms([...entries(), orphan])).toMatchInlineSnapshot(`
      [
        "content/terms/epoch.mdx: no other entry links here, so readers cannot reach it. Add 'epoch' to another entry's related list, or link it as [[epoch]] in another entry's text.",
      ]
    `);
  });

  test("a single entry is not an orphan", () => {
    expect(checkTerms([{ id: "lora", title: "LoRA", aliases: [], related: [], body: "" }])).toEqual([]);
  });
});
