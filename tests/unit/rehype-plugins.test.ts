import { expect, test } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { rehypeTables } from "../../src/plugins/rehype-tables.ts";
import { rehypeExternalLinks } from "../../src/plugins/rehype-external-links.ts";

test("tables: an empty header cell becomes a data cell, named headers stay, and the table scrolls in a focusable region", async () => {
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeTables)
      .use(rehypeStringify)
      .process("| | GAN | VAE |\n| --- | --- | --- |\n| Speed | fast | fast |"),
  );
  expect(html).toContain("<tr>\n<td></td>\n<th>GAN</th>\n<th>VAE</th>\n</tr>");
  expect(html).not.toContain("<th></th>");
  expect(html).toMatch(/^<div class="table-scroll" tabindex="0" role="region" aria-label="Table"><table>/);
});

test("external links get rel=noopener noreferrer; internal links do not", async () => {
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeExternalLinks)
      .use(rehypeStringify)
      .process("[paper](https://arxiv.org/abs/1706.03762) and [index](/terms/)"),
  );
  expect(html).toBe('<p><a href="https://arxiv.org/abs/1706.03762" rel="noopener noreferrer">paper</a> and <a href="/terms/">index</a></p>');
});
