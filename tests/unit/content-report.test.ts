import { expect, test } from "vitest";
import { buildContentReport, findUnlinkedMentions, formatContentReport, type ReportEntry } from "../../src/lib/content-report.ts";

const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");

const entries: ReportEntry[] = [
  {
    id: "transformer",
    title: "Transformer",
    aliases: ["transformer architecture"],
    related: ["token", "embedding", "lora"],
    category: "architecture",
    sources: [{}, {}],
    faq: [{}, {}],
    body: `## In plain words\n\n${words(720)} [[token]] [[embedding]] [[lora|LoRA adapters]]\n\n## How it works\n\nUses tokens.`,
  },
  {
    id: "token",
    title: "Token",
    aliases: ["tokens"],
    related: ["transformer", "embedding", "lora"],
    category: "foundations",
    sources: [{}],
    body: `## In plain words\n\nA Transformer reads tokens; an embedding maps them. RAG is not rag. ${words(10)} [[transformer]]`,
  },
  { id: "embedding", title: "Embedding", aliases: [], related: ["token", "transformer", "lora"], category: "foundations", sources: [{}, {}], body: words(400) },
  { id: "lora", title: "LoRA", aliases: ["low-rank adaptation"], related: ["token", "embedding", "transformer"], category: "training", sources: [{}, {}], body: words(350) },
];

test("reports words, links, sources, sections and what an entry lacks", () => {
  const report = buildContentReport(entries);
  const token = report.entries.find((e) => e.slug === "token")!;
  expect(token).toMatchObject({ core: true, linksOut: 1, linksIn: 3, sources: 1, faq: 0, sections: ["In plain words"] });
  expect(token.shortfalls).toEqual([
    "26 words (core entries run 700–1500)",
    "1 links in the text (at least 3)",
    "1 sources (at least 2)",
    "no FAQ (core entries have 2–4 questions)",
  ]);
  const transformer = report.entries.find((e) => e.slug === "transformer")!;
  expect(transformer).toMatchObject({ words: 732, linksOut: 3, shortfalls: [] });
  expect(report.categories).toEqual([
    { category: "foundations", entries: 2, words: 426, meetingStandard: 0 },
    { category: "architecture", entries: 1, words: 732, meetingStandard: 1 },
    { category: "training", entries: 1, words: 350, meetingStandard: 0 },
  ]);
  expect(formatContentReport(report)).toContain("1 of 4 entries meet CONTENT.md.");
});

test("finds names of other entries used without a link, ignoring linked ones and matching abbreviations by case", () => {
  const rag: ReportEntry = { id: "rag", title: "Retrieval-augmented generation", aliases: ["RAG"], related: [], category: "llm", sources: [], body: "" };
  const all = [...entries, rag];
  expect(findUnlinkedMentions(all[1], all, new Set(["transformer"]))).toEqual([
    { slug: "embedding", name: "Embedding" },
    { slug: "rag", name: "RAG" },
  ]);
  const lowercase = { ...all[1], body: "just a rag and a transformer" };
  expect(findUnlinkedMentions(lowercase, all, new Set())).toEqual([{ slug: "transformer", name: "Transformer" }]);
});

test("MDX imports and components do not count as words", async () => {
  const { countWords } = await import("../../src/lib/text.ts");
  expect(countWords('import Diagram from "../../src/components/diagrams/Diagram.astro";\n\nTwo words.\n\n<Diagram />\n')).toBe(2);
});
