/** Reads the entries' files directly, for scripts that run outside Astro. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { ReportEntry } from "../../src/lib/content-report.ts";

export const TERMS_DIR = "content/terms";

/** The entries' files: published ones, and with `drafts` also the `_`-prefixed drafts. */
export function readEntryFiles({ drafts = false } = {}): { file: string; frontmatter: Record<string, any>; content: string }[] {
  return readdirSync(TERMS_DIR)
    .filter((file) => file.endsWith(".mdx") && (drafts || !file.startsWith("_")))
    .map((file) => ({ file, ...parseFrontmatter(readFileSync(path.join(TERMS_DIR, file), "utf8")) }));
}

/** Published entries, and with `drafts` also the `_`-prefixed drafts (under their slug without `_`). */
export function readEntries({ drafts = false } = {}): ReportEntry[] {
  return readEntryFiles({ drafts }).map(toReportEntry);
}

/** An entry file as the content report and the term graph see it. */
export function toReportEntry({ file, frontmatter, content }: { file: string; frontmatter: Record<string, any>; content: string }): ReportEntry {
  return {
    id: file.replace(/^_/, "").replace(/\.mdx$/, ""),
    title: String(frontmatter.title ?? ""),
    aliases: frontmatter.aliases ?? [],
    related: frontmatter.related ?? [],
    category: String(frontmatter.category ?? ""),
    sources: frontmatter.sources ?? [],
    faq: frontmatter.faq,
    body: content,
  };
}
