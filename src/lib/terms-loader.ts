/**
 * The entries' loader: Astro's glob loader, except that an entry written in plain
 * Markdown (no imports, components or expressions, which is nearly every entry) does
 * not become an MDX module that Vite bundles and each page imports: that was the slow
 * part of building thousands of entries (docs/benchmarks.md). Its page compiles its
 * Markdown with Sätteri instead (src/lib/markdown-entry.ts: a fraction of a millisecond).
 * Entries that use MDX (the ones with a diagram) stay MDX.
 *
 * Nor is the compiled HTML kept in the content store: V8 compiles the module that holds
 * the store in time that grows much faster than its size (about 30 s for the HTML and
 * text of 5,000 entries, against 3 s for the text alone).
 */
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import { usesMdx } from "./markdown-entry.ts";

export function termsLoader(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    name: "ai-glossary:terms",
    load: (context: LoaderContext) => {
      const store = context.store;
      const set: typeof store.set = (entry) =>
        store.set(entry.body !== undefined && !usesMdx(entry.body) ? { ...entry, deferredRender: false } : entry);
      return loader.load({ ...context, store: { ...store, set } });
    },
  };
}
