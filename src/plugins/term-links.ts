/**
 * Turns `[[slug]]` and `[[slug|text]]` in an entry's text into links, as Sätteri mdast
 * plugins. In MDX, `termLinks` writes `<TermLink slug text>` elements, which
 * src/components/TermLink.astro renders. In Markdown, `termLinkPlaceholders` writes a
 * placeholder that the page fills in (src/lib/term-link-html.ts). Either way the term
 * graph has already checked that every slug exists before any page renders.
 */
import { defineMdastPlugin, type MdastVisitorContext } from "satteri";
import type { Parents, PhrasingContent, Text } from "mdast";
import { findTermLinks } from "../lib/term-links.ts";
import { termLinkPlaceholder, type TermLinkSpec } from "../lib/term-link-html.ts";

/** Link text never holds another link. (Code holds no text nodes, so it is literal already.) */
const INSIDE_LINK = new Set(["link", "linkReference", "mdxJsxTextElement", "mdxJsxFlowElement"]);

/** Blocks whose first words start a sentence. */
const BLOCKS = new Set(["paragraph", "heading", "tableCell"]);
/** Inline wrappers that do not move the start of a block ("**[[slug]] does x.**" starts a sentence). */
const INLINE = new Set(["strong", "emphasis", "delete"]);

type LinkNode = (link: TermLinkSpec) => PhrasingContent;

function termLinksPlugin(name: string, linkNode: LinkNode) {
  return defineMdastPlugin({
    name,
    text(node, ctx) {
      if (!node.value.includes("[[") || insideLink(node, ctx)) return;
      const nodes = splitText(node.value, atBlockStart(node, ctx), linkNode);
      if (nodes.some((n) => n.type !== "text")) ctx.replaceNode(node, nodes);
    },
  });
}

/** For MDX: a TermLink element. `sentence` marks a link without text that starts a sentence, where the title keeps its capital. */
export const termLinks = termLinksPlugin("term-links", ({ slug, text, sentence }) => {
  const attribute = (name: string, value: string | null) => ({ type: "mdxJsxAttribute" as const, name, value });
  const attributes = [attribute("slug", slug)];
  if (text) attributes.push(attribute("text", text));
  else if (sentence) attributes.push(attribute("sentence", null));
  return { type: "mdxJsxTextElement", name: "TermLink", attributes, children: [] } as PhrasingContent;
});

/** For Markdown: a placeholder that the page fills in with the link. */
export const termLinkPlaceholders = termLinksPlugin("term-link-placeholders", (link) => ({ type: "html", value: termLinkPlaceholder(link) }));

function atBlockStart(node: Text, ctx: MdastVisitorContext): boolean {
  let child: Text | Readonly<Parents> = node;
  for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent && ctx.indexOf(child) === 0; child = parent, parent = ctx.parent(parent)) {
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

/** Splits a text into plain text and links. */
function splitText(value: string, atBlockStart: boolean, linkNode: LinkNode): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const link of findTermLinks(value)) {
    const before = value.slice(0, link.index);
    const startsSentence = before.trim() === "" ? atBlockStart : /[.!?:]["”’)]?\s+$/.test(before);
    if (link.index > last) nodes.push({ type: "text", value: value.slice(last, link.index) });
    nodes.push(linkNode({ slug: link.slug, text: link.text || undefined, sentence: startsSentence }));
    last = link.index + link.raw.length;
  }
  if (last < value.length) nodes.push({ type: "text", value: value.slice(last) });
  return nodes;
}
