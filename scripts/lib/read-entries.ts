/** Reads the entries' files directly, for scripts that run outside Astro. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { ReportEntry } from "../../src/lib/content-report.ts";

export const TERMS_DIR = "content/terms";

/** Published entries, and with `drafts` also the `_`-prefixed drafts (under their slug without `_`). */
export function readEntries({ drafts = false } = {}): ReportEntry[] {
  return readdirSync(TERMS_DIR)
    .filter((file) => file.endsWith(".mdx") && (drafts || !file.startsWith("_")))
    .map((file) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(path.join(TERMS_DIR, file), "utf8"));
      const data = frontmatter as Record<string, any>;
      return {
        id: file.replace(/^_/, "").replace(/\.mdx$/, ""),
        title: String(data.title ?? ""),
        aliases: data.aliases ?? [],
        related: data.related ?? [],
        category: String(data.category ?? ""),
        sources: data.sources ?? [],
        faq: data.faq,
        body: content,
      };
    });
}
