/**
 * The HTML of a `[[slug]]` link in an entry's text. Entries compiled as Markdown carry a
 * placeholder for each link (the term-links plugin writes it; it names only the slug and
 * the written text), and the page fills in the target's title, URL and short definition
 * when it renders. Entries compiled as MDX render the same HTML through TermLink.astro.
 */
import { getCategory } from "./categories.ts";
import { titleInSentence } from "./text.ts";
import { termUrl } from "./urls.ts";

/** What a link shows of the entry it points to. */
export interface LinkTarget {
  title: string;
  category: string;
  short: string;
}

/** How a link was written: `[[slug|text]]` has text; `sentence` marks a bare link that starts a sentence. */
export interface TermLinkSpec {
  slug: string;
  text?: string;
  sentence?: boolean;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeHtml = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&amp;/g, "&");

/** The link: the target's URL, its title, category and short definition for the preview card and screen readers. */
export function termLinkHtml({ slug, text, sentence = false }: TermLinkSpec, target: LinkTarget): string {
  const label = text ?? (sentence ? target.title : titleInSentence(target.title, target.category));
  return (
    `<a href="${escapeHtml(termUrl(slug))}" data-term-link="${escapeHtml(slug)}" data-title="${escapeHtml(target.title)}"` +
    ` data-category="${escapeHtml(target.category)}" data-category-label="${escapeHtml(getCategory(target.category).label)}"` +
    ` aria-description="${escapeHtml(target.short)}">${escapeHtml(label)}</a>`
  );
}

/** A link's placeholder, in HTML compiled without knowing the other entries. */
export function termLinkPlaceholder({ slug, text, sentence = false }: TermLinkSpec): string {
  const written = text === undefined ? (sentence ? " data-sentence" : "") : ` data-text="${escapeHtml(text)}"`;
  return `<a data-term-link-slot="${escapeHtml(slug)}"${written}></a>`;
}

const PLACEHOLDER = /<a data-term-link-slot="([^"]*)"(?: data-text="([^"]*)")?( data-sentence)?><\/a>/g;

/** Replaces every placeholder in `html` with its link; `targetOf` throws for an unknown slug. */
export function fillTermLinks(html: string, targetOf: (slug: string) => LinkTarget): string {
  return html.replace(PLACEHOLDER, (_, slug: string, text: string | undefined, sentence: string | undefined) => {
    const spec = { slug: unescapeHtml(slug), text: text === undefined ? undefined : unescapeHtml(text), sentence: Boolean(sentence) };
    return termLinkHtml(spec, targetOf(spec.slug));
  });
}
