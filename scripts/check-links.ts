/**
 * Checks every internal link and #fragment in a built site.
 *   node scripts/check-links.ts [dir=dist] [base=/]
 * Exits 1 and lists each broken link with the page it is on.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LinkChecker } from "../src/lib/link-check.ts";

const dir = process.argv[2] ?? "dist";
const base = process.argv[3] ?? "/";

const files = new Map<string, string>();
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
  files.set(file, file.endsWith(".html") ? readFileSync(path.join(dir, file), "utf8") : "");
}

const result = new LinkChecker(files, base).check();
console.log(
  `Link check of ${dir}/ (base ${base}): ${result.pages} pages, ${result.links} internal links ` +
    `(${result.fragments} with #fragments), ${result.external} external links not followed.`,
);
if (result.broken.length > 0) {
  console.error(`${result.broken.length} broken link${result.broken.length === 1 ? "" : "s"}:`);
  for (const { page, href, reason } of result.broken) console.error(`  ${page}: ${href} — ${reason}`);
  process.exit(1);
}
console.log("Every internal link resolves.");
