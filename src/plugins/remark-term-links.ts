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

function transform(node: Node): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === "text" && child.value?.includes("[[")) return splitText(child.value);
    if (!SKIP.has(child.type)) transform(child);
    return [child];
  });
}

function splitText(value: string): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const link of findTermLinks(value)) {
    if (link.index > last) nodes.push({ type: "text", value: value.slice(last, link.index) });
    nodes.push(termLinkElement(link.slug, link.text));
    last = link.index + link.raw.length;
  }
  if (last < value.length) nodes.push({ type: "text", value: value.slice(last) });
  return nodes;
}

function termLinkElement(slug: string, text?: string): Node {
  const attribute = (name: string, value: string) => ({ type: "mdxJsxAttribute", name, value });
  return {
    type: "mdxJsxTextElement",
    name: "TermLink",
    attributes: text ? [attribute("slug", slug), attribute("text", text)] : [attribute("slug", slug)],
    children: [],
  };
}
