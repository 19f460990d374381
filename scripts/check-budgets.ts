/**
 * Post-build budget check: the first view of a term page (its HTML with inline
 * scripts, plus the CSS, JS and fonts it references, all gzipped) must stay
 * within the budget. Prints what it measured for every page type; exits 1 when
 * a term page is over.
 *   node scripts/check-budgets.ts [dir=dist] [base=/]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";

const BUDGET_KB = 40;
const dir = process.argv[2] ?? "dist";
const base = process.argv[3] ?? "/";

const gzipped = new Map<string, number>();
function gzipBytes(file: string): number {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipped.get(file)!;
}

/** Files a page loads before any interaction: stylesheets, scripts with src, preloaded fonts. */
function firstViewAssets(html: string): string[] {
  const refs = [
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|preload|modulepreload)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ].map((m) => m[1]);
  return [...new Set(refs)]
    .filter((ref) => ref.startsWith(base))
    .map((ref) => path.join(dir, ref.slice(base.length)))
    .filter((file) => existsSync(file));
}

const rows: { page: string; kind: string; bytes: number }[] = [];
for (const file of readdirSync(dir, { recursive: true }) as string[]) {
  if (!file.endsWith(".html")) continue;
  const full = path.join(dir, file);
  const html = readFileSync(full, "utf8");
  const bytes = gzipBytes(full) + firstViewAssets(html).reduce((sum, asset) => sum + gzipBytes(asset), 0);
  const page = file.split(path.sep).join("/");
  const kind =
    page.startsWith("terms/") && page !== "terms/index.html"
      ? "term page"
      : page.startsWith("categories/") && page !== "categories/index.html"
        ? "category page"
        : page;
  rows.push({ page, kind, bytes });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const byKind = new Map<string, number[]>();
for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row.bytes]);
console.log(`First-view weight (HTML + CSS + JS + fonts, gzip) of ${rows.length} pages in ${dir}/; budget ${BUDGET_KB} KB a term page:`);
for (const [kind, sizes] of [...byKind].sort()) {
  const sorted = [...sizes].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const detail = sizes.length > 1 ? `median ${kb(median)}, largest ${kb(sorted.at(-1)!)} (${sizes.length} pages)` : kb(sorted[0]);
  console.log(`  ${kind.padEnd(32)} ${detail}`);
}
const over = rows.filter((r) => r.kind === "term page" && r.bytes > BUDGET_KB * 1024);
if (over.length > 0) {
  console.error(`${over.length} term page(s) over the ${BUDGET_KB} KB budget:`);
  for (const row of over) console.error(`  ${row.page}: ${kb(row.bytes)}`);
  process.exit(1);
}
console.log("Every term page is within budget.");
