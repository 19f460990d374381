import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { termSchema } from "./schemas/term.ts";

/** One entry per file; files starting with `_` are drafts and are not built. */
const terms = defineCollection({
  loader: glob({ base: "./content/terms", pattern: "**/[^_]*.mdx" }),
  schema: termSchema,
});

export const collections = { terms };
