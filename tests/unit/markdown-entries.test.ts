import { describe, expect, test } from "vitest";
import { compileMarkdownEntry, usesMdx } from "../../src/lib/markdown-entry.ts";
import { fillTermLinks, termLinkHtml, type LinkTarget } from "../../src/lib/term-link-html.ts";

const TARGETS: Record<string, LinkTarget> = {
  lora: { title: "LoRA", category: "training", short: "A way to adapt a model by training two small matrices." },
  "diffusion-model": { title: "Diffusion model", category: "diffusion", short: 'A model that learns to "undo" noise <step by step>.' },
};
const targetOf = (slug: string) => {
  const target = TARGETS[slug];
  if (!target) throw new Error(`No entry has the slug '${slug}'.`);
  return target;
};
const render = (markdown: string) => fillTermLinks(compileMarkdownEntry(markdown).html, targetOf);

describe("usesMdx", () => {
  test("imports, component tags and expressions need MDX", () => {
    expect(usesMdx('import Diagram from "../x.astro";\n\nText.\n\n<Diagram />')).toBe(true);
    expect(usesMdx("Text with <Diagram /> inside.")).toBe(true);
    expect(usesMdx("The answer is {1 + 1}.")).toBe(true);
  });

  test("plain Markdown does not, braces and tags in code included", () => {
    expect(usesMdx("A [[lora]] link, **bold**, a table:\n\n| a | b |\n| - | - |\n| 1 | 2 |")).toBe(false);
    expect(usesMdx('Call `f({ a: 1 })` or:\n\n```json\n{ "name": "get_weather" }\n```\n\n`<Diagram />` is code.')).toBe(false);
  });
});

describe("compileMarkdownEntry and fillTermLinks", () => {
  test("a link becomes the same HTML TermLink.astro renders: URL, title, category and short definition", () => {
    expect(render("See [[lora]] here.")).toBe(`<p>See ${termLinkHtml({ slug: "lora" }, TARGETS.lora)} here.</p>\n`);
    expect(render("See [[lora]] here.")).toContain(
      '<a href="/terms/lora/" data-term-link="lora" data-title="LoRA" data-category="training" data-category-label="Training and adaptation" aria-description="A way to adapt a model by training two small matrices.">LoRA</a>',
    );
  });

  test("a bare link keeps its capital at the start of a sentence only; written text is kept as written", () => {
    const html = render("[[diffusion-model]] is common. A [[diffusion-model]] works. Use [[lora|low-rank adapters]].");
    expect(html).toContain(">Diffusion model</a> is common");
    expect(html).toContain("A <a");
    expect(html).toContain(">diffusion model</a> works");
    expect(html).toContain(">low-rank adapters</a>");
  });

  test("text and short definitions are escaped, never markup", () => {
    const html = render("Try [[lora|R&D <1> x]] and [[diffusion-model]].");
    expect(html).toContain(">R&amp;D &lt;1&gt; x</a>");
    expect(html).toContain('aria-description="A model that learns to &quot;undo&quot; noise &lt;step by step&gt;."');
    expect(html).not.toContain("<step");
  });

  test("links in tables, emphasis and lists are filled in; code keeps [[slug]] as written", () => {
    const html = render("- **[[lora]]** first\n\n| Term | Note |\n| --- | --- |\n| [[lora\\|adapters]] | x |\n\n`[[lora]]`");
    expect(html.match(/data-term-link="lora"/g)).toHaveLength(2);
    expect(html).toContain("<code>[[lora]]</code>");
    expect(html).not.toContain("data-term-link-slot");
  });

  test("an unknown slug stops the page with the lookup's error", () => {
    expect(() => render("A [[lorra]] link.")).toThrow("No entry has the slug 'lorra'.");
  });

  test("headings get ids and are listed for the table of contents; tables and external links get the site's plugins", () => {
    const { html, headings } = compileMarkdownEntry("## In plain words\n\nText.\n\n## How it works\n\n| | A |\n| - | - |\n| x | y |\n\n[paper](https://arxiv.org/abs/1706.03762)");
    expect(headings).toEqual([
      { depth: 2, slug: "in-plain-words", text: "In plain words" },
      { depth: 2, slug: "how-it-works", text: "How it works" },
    ]);
    expect(html).toContain('<h2 id="in-plain-words">In plain words</h2>');
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Table 1"><table>');
    expect(html).toContain('rel="noopener noreferrer"');
  });
});
