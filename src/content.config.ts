import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { termsLoader } from "./lib/terms-loader.ts";
import { termSchema } from "./schemas/term.ts";
import { milestoneSchema } from "./schemas/timeline.ts";
import { comparisonSchema } from "./schemas/comparison.ts";

/** One entry per file; files starting with `_` are drafts and are not built. */
const terms = defineCollection({
  loader: termsLoader({ base: "./content/terms", pattern: "**/[^_]*.mdx" }),
  schema: termSchema,
});

/** The /timeline/ page's milestones. */
const timeline = defineCollection({
  loader: file("./content/timeline.yaml"),
  schema: milestoneSchema,
});

/** The /compare/<a>-vs-<b>/ pages. */
const comparisons = defineCollection({
  loader: file("./content/comparisons.yaml"),
  schema: comparisonSchema,
});

export const collections = { terms, timeline, comparisons };
