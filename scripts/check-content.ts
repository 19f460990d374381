/**
 * Checks the entries outside a build: each file's frontmatter against the content model,
 * and the term graph (links, related lists, names, orphans), with the build's own messages.
 * With --drafts, the `_`-prefixed drafts are checked together with the published entries,
 * as they will be once published.
 *   npm run content:check [-- --drafts]
 */
import { termSchema } from "../src/schemas/term.ts";
import { checkTerms } from "../src/lib/term-graph.ts";
import { TERMS_DIR, readEntryFiles, toReportEntry } from "./lib/read-entries.ts";

const files = readEntryFiles({ drafts: process.argv.includes("--drafts") });
const problems: string[] = [];
for (const { file, frontmatter } of files) {
  const result = termSchema.safeParse(frontmatter);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${TERMS_DIR}/${file}: ${issue.path.join(".") || "frontmatter"} → ${issue.message}`);
  }
}
problems.push(...checkTerms(files.map(toReportEntry)));
if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error(`\n${problems.length} problem(s).`);
  process.exit(1);
}
console.log(`All ${files.length} entries pass the content model and the term-graph checks.`);
