/**
 * Turns `[[slug]]` and `[[slug|text]]` in MDX text into `<TermLink slug text>`
 * elements, as a Sätteri mdast plugin. The TermLink component
 * (src/components/TermLink.astro) renders the link with the target's title and URL;
 * the term graph has already checked that every slug exists before any page renders.
 */
import { defineMdastPlugin, type MdastVisitorContext } from "satteri";
import type { Parents, PhrasingContent, Text } from "mdast";
import { findTermLinks } from "../lib/term-links.ts";

/** Link text never holds another link. (Code holds no text nodes, so it is literal already.) */
const INSIDE_LINK = new Set(["link", "linkReference", "mdxJsxTextElement", "mdxJsxFlowElement"]);

/** Blocks whose first words start a sentence. */
const BLOCKS = new Set(["paragraph", "heading", "tableCell"]);
/** Inline wrappers that do not move the start of a block ("**[[slug]] does x.**" starts a sentence). */
const INLINE = new Set(["strong", "emphasis", "delete"]);

export const termLinks = defineMdastPlugin({
  name: "term-links",
  text(node, ctx) {
    if (!node.value.includes("[[") || insideLink(node, ctx)) return;
    const nodes = splitText(node.value, atBlockStart(node, ctx));
    if (nodes.some((n) => n.type !== "text")) ctx.replaceNode(node, nodes);
  },
});

function atBlockStart(node: Text, ctx: MdastVisitorContext): boolean {
  let child: Text | Parents = node;
  for (let parent = ctx.parent(node); parent && ctx.indexOf(child) === 0; child = parent, parent = ctx.parent(parent)) {
    if (BLOCKS.has(parent.type)) return true;
    if (!INLINE.has(parent.type)) return false;
  }
  return false;
}

function insideLink(node: Text, ctx: MdastVisitorContext): boolean {
  for (let parent: Parents | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (INSIDE_LINK.has(parent.type)) return true;
  }
  return false;
}

/** Splits a text into plain text and TermLink elements. */
function splitText(value: string, atBlockStart: boolean): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
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
function termLinkElement(slug: string, text: string | undefined, sentence: boolean): PhrasingContent {
  const attribute = (name: string, value: string | null) => ({ type: "mdxJsxAttribute" as const, name, value });
  const attributes = [attribute("slug", slug)];
  if (text) attributes.push(attribute("text", text));
  else if (sentence) attributes.push(attribute("sentence", null));
  return { type: "mdxJsxTextElement", name: "TermLink", attributes, children: [] };
}
