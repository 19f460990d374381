import { describe, expect, test } from "vitest";
import { evaluate } from "satteri";
import { termLinks } from "../../src/plugins/term-links.ts";
import { findTermLinks } from "../../src/lib/term-links.ts";
import { titleInSentence } from "../../src/lib/text.ts";

interface JsxNode {
  type: string;
  props: { children?: unknown; [key: string]: unknown };
}

/** A JSX runtime that records the elements instead of rendering them. */
const record = (type: unknown, props: unknown): JsxNode => ({ type: type as string, props: props as JsxNode["props"] });

/** Compiles an MDX string with the plugin and returns a compact view of its top-level elements. */
function transform(markdown: string) {
  const { default: Content } = evaluate(markdown, { Fragment: "Fragment", jsx: record, jsxs: record, mdastPlugins: [termLinks] }) as {
    default: (props: object) => JsxNode;
  };
  const children = (node: JsxNode) => [node.props.children ?? []].flat().filter((child) => child !== "\n");
  const compact = (node: unknown): unknown => {
    if (typeof node === "string") return node;
    const { type, props } = node as JsxNode;
    if (type === "TermLink") return { TermLink: props };
    return { [type]: children(node as JsxNode).map(compact) };
  };
  const root = Content({ components: { TermLink: "TermLink" } });
  // MDX wraps several top-level blocks in a fragment, and returns a single one as it is.
  return (root.type === "Fragment" ? children(root) : [root]).map(compact);
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

describe("termLinks", () => {
  test("turns [[slug]] and [[slug|text]] into TermLink elements", () => {
    expect(transform("See [[lora]], or [[fine-tuning|fine-tune]] it.")).toMatchInlineSnapshot(`
      [
        {
          "p": [
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

  test("works inside emphasis, lists and tables", () => {
    const result = JSON.stringify(transform("- *a [[token]]*\n\n| a | b |\n| - | - |\n| [[embedding]] | x |"));
    expect(result).toContain('{"TermLink":{"slug":"token"}}');
    expect(result).toContain('{"td":[{"TermLink":{"slug":"embedding","sentence":true}}]}');
  });

  test("leaves code and existing links alone", () => {
    expect(transform("`[[lora]]` and [a [[lora]]](https://example.org)")).toMatchInlineSnapshot(`
      [
        {
          "p": [
            {
              "code": [
                "[[lora]]",
              ],
            },
            " and ",
            {
              "a": [
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
  test("the escaped pipe keeps the cell whole and the link intact", () => {
    const result = JSON.stringify(transform("| a | b |\n| - | - |\n| [[machine-learning\\|machine learning]] | x |"));
    expect(result).toContain('{"td":[{"TermLink":{"slug":"machine-learning","text":"machine learning"}}]}');
    expect(findTermLinks("| [[machine-learning\\|ML]] |")).toEqual([
      { slug: "machine-learning", text: "ML", index: 2, raw: "[[machine-learning\\|ML]]" },
    ]);
  });
});

describe("capitals", () => {
  test("marks a bare link that starts a sentence, not one inside it", () => {
    const links = JSON.stringify(transform("[[transformer]] models use [[attention-mechanism]]. [[token]]s too: [[embedding]]"));
    expect(links).toBe(
      JSON.stringify([
        {
          p: [
            { TermLink: { slug: "transformer", sentence: true } },
            " models use ",
            { TermLink: { slug: "attention-mechanism" } },
            ". ",
            { TermLink: { slug: "token", sentence: true } },
            "s too: ",
            { TermLink: { slug: "embedding", sentence: true } },
          ],
        },
      ]),
    );
  });

  test("a link that opens a bold or italic lead-in starts a sentence too", () => {
    expect(JSON.stringify(transform("**[[conditioning]] steers the result.** Then *[[token]]s* and **a [[token]]**."))).toBe(
      JSON.stringify([
        {
          p: [
            { strong: [{ TermLink: { slug: "conditioning", sentence: true } }, " steers the result."] },
            " Then ",
            { em: [{ TermLink: { slug: "token" } }, "s"] },
            " and ",
            { strong: ["a ", { TermLink: { slug: "token" } }] },
            ".",
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
