import { describe, expect, test } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import { remarkTermLinks } from "../../src/plugins/remark-term-links.ts";
import { findTermLinks } from "../../src/lib/term-links.ts";
import { titleInSentence } from "../../src/lib/text.ts";

/** Runs the plugin on an MDX string and returns a compact view of the paragraph's children. */
async function transform(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkTermLinks);
  const tree = (await processor.run(processor.parse(markdown))) as any;
  const compact = (node: any): unknown =>
    node.type === "mdxJsxTextElement"
      ? { [node.name]: Object.fromEntries(node.attributes.map((a: any) => [a.name, a.value])) }
      : node.type === "text"
        ? node.value
        : { [node.type]: node.children?.map(compact) ?? node.value };
  return tree.children.map(compact);
}

describe("findTermLinks", () => {
  test("finds both forms with their text and position", () => {
    expect(findTermLinks("A [[lora]] and [[fine-tuning|fine-tunes]].")).toEqual([
      { slug: "lora", text: undefined, index: 2, raw: "[[lora]]" },
      { slug: "fine-tuning", text: "fine-tunes", index: 15, raw: "[[fine-tuning|fine-tunes]]" },
    ]);
  });

  test("ignores single brackets and unclosed links", () => {
    expect(findTermLinks("[lora] [[lora] [[ ]] text")).toEqual([]);
  });
});

describe("remarkTermLinks", () => {
  test("turns [[slug]] and [[slug|text]] into TermLink elements", async () => {
    expect(await transform("See [[lora]], or [[fine-tuning|fine-tune]] it.")).toMatchInlineSnapshot(`
      [
        {
          "paragraph": [
            "See ",
            {
              "TermLink": {
                "slug": "lora",
              },
            },
            ", or ",
            {
              "TermLink": {
                "slug": "fine-tuning",
                "text": "fine-tune",
              },
            },
            " it.",
          ],
        },
      ]
    `);
  });

  test("works inside emphasis, lists and tables", async () => {
    const result = JSON.stringify(await transform("- *a [[token]]*\n\n| a | b |\n| - | - |\n| [[embedding]] | x |"));
    expect(result).toContain('{"TermLink":{"slug":"token"}}');
    expect(result).toContain('{"tableCell":[{"TermLink":{"slug":"embedding","sentence":null}}]}');
  });

  test("leaves code and existing links alone", async () => {
    expect(await transform("`[[lora]]` and [a [[lora]]](https://example.org)")).toMatchInlineSnapshot(`
      [
        {
          "paragraph": [
            {
              "inlineCode": "[[lora]]",
            },
            " and ",
            {
              "link": [
                "a [[lora]]",
              ],
            },
          ],
        },
      ]
    `);
  });
});

describe("[[slug\\|text]] in a table cell", () => {
  test("the escaped pipe keeps the cell whole and the link intact", async () => {
    const result = JSON.stringify(await transform("| a | b |\n| - | - |\n| [[machine-learning\\|machine learning]] | x |"));
    expect(result).toContain('{"tableCell":[{"TermLink":{"slug":"machine-learning","text":"machine learning"}}]}');
    expect(findTermLinks("| [[machine-learning\\|ML]] |")).toEqual([
      { slug: "machine-learning", text: "ML", index: 2, raw: "[[machine-learning\\|ML]]" },
    ]);
  });
});

describe("capitals", () => {
  test("marks a bare link that starts a sentence, not one inside it", async () => {
    const links = JSON.stringify(await transform("[[transformer]] models use [[attention-mechanism]]. [[token]]s too: [[embedding]]"));
    expect(links).toBe(
      JSON.stringify([
        {
          paragraph: [
            { TermLink: { slug: "transformer", sentence: null } },
            " models use ",
            { TermLink: { slug: "attention-mechanism" } },
            ". ",
            { TermLink: { slug: "token", sentence: null } },
            "s too: ",
            { TermLink: { slug: "embedding", sentence: null } },
          ],
        },
      ]),
    );
  });

  test("lowercases a common-noun title mid-sentence and keeps names as they are", () => {
    const cases = [
      ["Transformer", "architecture"],
      ["Large language model", "llm"],
      ["Chain-of-thought", "llm"],
      ["LoRA", "training"],
      ["KV cache", "architecture"],
      ["Model Context Protocol", "llm"],
      ["FlashAttention", "architecture"],
      ["U-Net", "architecture"],
      ["Claude", "models"],
    ].map(([title, category]) => titleInSentence(title, category));
    expect(cases).toEqual(["transformer", "large language model", "chain-of-thought", "LoRA", "KV cache", "Model Context Protocol", "FlashAttention", "U-Net", "Claude"]);
  });
});
