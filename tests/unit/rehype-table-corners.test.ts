import { expect, test } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { rehypeTableCorners } from "../../src/plugins/rehype-table-corners.ts";

test("turns an empty header cell into a data cell and leaves named headers alone", async () => {
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeTableCorners)
      .use(rehypeStringify)
      .process("| | GAN | VAE |\n| --- | --- | --- |\n| Speed | fast | fast |"),
  );
  expect(html).toContain("<tr>\n<td></td>\n<th>GAN</th>\n<th>VAE</th>\n</tr>");
  expect(html).not.toContain("<th></th>");
});
