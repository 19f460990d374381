/**
 * Turns `[[slug]]` and `[[slug|text]]` in MDX text into `<TermLink slug text>`
 * elements. The TermLink component (src/components/TermLink.astro) renders the
 * link with the target's title and URL; the term graph has already checked
 * that every slug exists before any page renders.
 */
import { findTermLinks } from "../lib/term-links.ts";

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  [key: string]: unknown;
}

/** Link text never holds another link, and code is literal. */
const SKIP = new Set(["link", "linkReference", "inlineCode", "code", "mdxJsxTextElement", "mdxJsxFlowElement"]);

export function remarkTermLinks() {
  return (tree: Node) => transform(tree);
}

/** Blocks whose first words start a sentence. */
const BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

function transform(node: Node): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child, i) => {
    if (child.type === "text" && child.value?.includes("[[")) return splitText(child.value, i === 0 && BLOCKS.has(node.type));
    if (!SKIP.has(child.type)) transform(child);
    return [child];
  });
}

function splitText(value: string, atBlockStart: boolean): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const link of findTermLinks(value)) {
    const before = value.slice(0, link.index);
    const startsSentence = before.trim() === "" ? atBlockStart : /[.!?:]["”’)]?\s+$/.test(before);
    if (link.index > last) nodes.push({ type: "text", value: value.slice(last, link.index) });
    nodes.push(termLinkElement(link.slug, link.text, startsSentence));
    last = link.index + link.raw.length;
  }
  if (last < value.length) nodes.push({ type: "text", value: value.slice(last) });
  return nodes;
}

/** `sentence` marks a link without text that starts a sentence, where the title keeps its capital. */
function termLinkElement(slug: string, text: string | undefined, sentence: boolean): Node {
  const attribute = (name: string, value: string | null) => ({ type: "mdxJsxAttribute", name, value });
  const attributes = [attribute("slug", slug)];
  if (text) attributes.push(attribute("text", text));
  else if (sentence) attributes.push(attribute("sentence", null));
  return { type: "mdxJsxTextElement", name: "TermLink", attributes, children: [] };
}
