/**
 * An entry written in plain Markdown, compiled by its page with Sätteri and the site's
 * plugins (the same ones astro.config.mjs gives the MDX entries), with a placeholder for
 * each `[[slug]]` link that the page fills in (src/lib/term-link-html.ts).
 */
import { markdownToHtml } from "satteri";
import { satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import type { MarkdownHeading } from "astro";
import { termLinkPlaceholders } from "../plugins/term-links.ts";
import { tables } from "../plugins/tables.ts";
import { externalLinks } from "../plugins/external-links.ts";
import { stripCode } from "./term-links.ts";

/** Import or export statements, component tags, or expressions outside code: the entry needs MDX. */
export function usesMdx(body: string): boolean {
  const text = stripCode(body);
  return /^(import|export)\s/m.test(text) || /<[A-Z]/.test(text) || /[{}]/.test(text);
}

/** An entry's Markdown as HTML with link placeholders, and its headings (for the table of contents). */
export function compileMarkdownEntry(body: string): { html: string; headings: MarkdownHeading[] } {
  // The data Astro's heading-ids plugin writes to, shaped as Astro's own processor passes it.
  const astro = { frontmatter: {}, headings: [] as MarkdownHeading[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const { html } = markdownToHtml(body, {
    mdastPlugins: [termLinkPlaceholders],
    hastPlugins: [tables, externalLinks, satteriHeadingIdsPlugin()],
    features: { gfm: true, smartPunctuation: true },
    data: { astro },
  }) as { html: string };
  return { html, headings: astro.headings };
}
