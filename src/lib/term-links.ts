/**
 * The `[[slug]]` and `[[slug|text]]` link syntax, shared by the Markdown plugin
 * (which renders links) and the term graph (which checks them).
 */
export interface TermLinkMatch {
  slug: string;
  /** The text written after `|`, if any; otherwise the target's title is shown. */
  text?: string;
  /** Offset of the opening `[[` in the searched string. */
  index: number;
  /** The whole match, brackets included. */
  raw: string;
}

// In a table cell the pipe is escaped (`[[slug\|text]]`), as GFM requires.
export const TERM_LINK = /\[\[([^[\]|\\\n]+?)(?:\\?\|([^[\]\n]+?))?\]\]/g;

export function findTermLinks(text: string): TermLinkMatch[] {
  return [...text.matchAll(TERM_LINK)]
    .map((m) => ({ slug: m[1].trim(), text: m[2]?.trim() || undefined, index: m.index, raw: m[0] }))
    .filter((link) => link.slug !== "");
}

/**
 * Removes fenced code blocks and inline code, where `[[...]]` is literal text
 * (the Markdown plugin never sees it as a link there either).
 */
export function stripCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
}
