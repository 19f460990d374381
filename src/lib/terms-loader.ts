/**
 * The entries' loader: Astro's glob loader, except that an entry written in plain
 * Markdown (no imports, components or expressions, which is nearly every entry) is
 * compiled to HTML here, with Sätteri, instead of becoming an MDX module that Vite
 * bundles and each page imports. That is the slow part of building thousands of
 * entries (docs/benchmarks.md). Entries that use MDX (the ones with a diagram) stay MDX.
 *
 * The HTML keeps a placeholder for each `[[slug]]` link, which the page fills in with
 * the target's title and short definition (src/lib/term-link-html.ts), so an entry's
 * compiled HTML depends on its own file only.
 */
import { glob, type Loader, type LoaderContext } from "astro/loaders";
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
  const astro = { frontmatter: {}, headings: [] as MarkdownHeading[] };
  const { html } = markdownToHtml(body, {
    mdastPlugins: [termLinkPlaceholders],
    hastPlugins: [tables, externalLinks, satteriHeadingIdsPlugin()],
    features: { gfm: true, smartPunctuation: true },
    data: { astro },
  }) as { html: string };
  return { html, headings: astro.headings };
}

export function termsLoader(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    name: "ai-glossary:terms",
    load: (context: LoaderContext) => {
      const store = context.store;
      const set: typeof store.set = (entry) => {
        if (!entry.deferredRender || entry.body === undefined || usesMdx(entry.body)) return store.set(entry);
        const { html, headings } = compileMarkdownEntry(entry.body);
        return store.set({ ...entry, deferredRender: false, rendered: { html, metadata: { headings } } });
      };
      return loader.load({ ...context, store: { ...store, set } });
    },
  };
}
