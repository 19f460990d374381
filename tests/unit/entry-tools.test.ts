import { expect, test } from "vitest";
import { apaCitation, askLinks, bibtexCitation, readingMinutes, reportLinks, shareLinks } from "../../src/lib/entry-tools.ts";

const entry = { slug: "lora", title: "LoRA", url: "https://example.org/terms/lora/", updated: new Date("2026-11-24") };

test("APA and BibTeX citations name the entry, the site, the date and the URL", () => {
  expect(apaCitation(entry)).toBe("AI Glossary. (2026, November 24). LoRA. AI Glossary. https://example.org/terms/lora/");
  expect(bibtexCitation(entry)).toMatchInlineSnapshot(`
    "@misc{aiglossary-lora,
      title        = {{LoRA}},
      author       = {{AI Glossary}},
      year         = {2026},
      month        = {nov},
      howpublished = {\\url{https://example.org/terms/lora/}},
      note         = {Last updated 2026-11-24}
    }"
  `);
});

test("share and ask links carry the title and URL, encoded", () => {
  const share = shareLinks("Q&A", "https://example.org/terms/a/");
  expect(share.map((s) => s.name)).toEqual(["X", "LinkedIn", "Reddit", "Hacker News", "Email"]);
  expect(share[3].href).toBe("https://news.ycombinator.com/submitlink?u=https%3A%2F%2Fexample.org%2Fterms%2Fa%2F&t=Q%26A%20%E2%80%94%20AI%20Glossary");
  const ask = askLinks("LoRA", entry.url);
  expect(ask.map((a) => new URL(a.href).hostname)).toEqual(["chatgpt.com", "claude.ai", "www.perplexity.ai"]);
  expect(decodeURIComponent(ask[0].href)).toContain('Explain "LoRA" in AI');
});

test("report and edit links point at the entry's file in the repository", () => {
  const { report, edit } = reportLinks("lora", "LoRA", "https://github.com/o/r");
  expect(edit).toBe("https://github.com/o/r/edit/main/content/terms/lora.mdx");
  expect(report).toMatch(/^https:\/\/github\.com\/o\/r\/issues\/new\?title=Entry%3A%20LoRA&body=.*lora\.mdx/);
});

test("reading time rounds to whole minutes, at least one", () => {
  expect([50, 460, 1000].map(readingMinutes)).toEqual([1, 2, 4]);
});
