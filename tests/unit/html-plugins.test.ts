import { expect, test } from "vitest";
import { markdownToHtml } from "satteri";
import { tables } from "../../src/plugins/tables.ts";
import { externalLinks } from "../../src/plugins/external-links.ts";

test("tables: an empty header cell becomes a data cell, named headers stay, and the table scrolls in a focusable region", () => {
  const { html } = markdownToHtml("| | GAN | VAE |\n| --- | --- | --- |\n| Speed | fast | fast |", { hastPlugins: [tables] });
  expect(html).toContain("<tr>\n<td></td>\n<th>GAN</th>\n<th>VAE</th>\n</tr>");
  expect(html).not.toContain("<th></th>");
  expect(html).toMatch(/^<div class="table-scroll" tabindex="0" role="region" aria-label="Table 1"><table>/);
});

test("tables: each table of an entry has its own region name, counted afresh for each entry", () => {
  const twoTables = "| A | B |\n| - | - |\n| 1 | 2 |\n\nText.\n\n| C | D |\n| - | - |\n| 3 | 4 |";
  const names = (html: string) => [...html.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]);
  expect(names(markdownToHtml(twoTables, { hastPlugins: [tables] }).html)).toEqual(["Table 1", "Table 2"]);
  expect(names(markdownToHtml(twoTables, { hastPlugins: [tables] }).html)).toEqual(["Table 1", "Table 2"]);
});

test("external links get rel=noopener noreferrer; internal links do not", () => {
  const { html } = markdownToHtml("[paper](https://arxiv.org/abs/1706.03762) and [index](/terms/)", { hastPlugins: [externalLinks] });
  expect(html).toBe('<p><a href="https://arxiv.org/abs/1706.03762" rel="noopener noreferrer">paper</a> and <a href="/terms/">index</a></p>\n');
});
