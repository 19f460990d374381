import { readdirSync } from "node:fs";

/** The published entries' slugs, read from the content folder (drafts start with "_"). */
export function publishedSlugs(): string[] {
  return readdirSync("content/terms")
    .filter((f) => f.endsWith(".mdx") && !f.startsWith("_"))
    .map((f) => f.replace(/\.mdx$/, ""))
    .sort();
}
