/**
 * Prints what each entry has against CONTENT.md: words, links out and in,
 * sources, sections, and unlinked mentions of other entries.
 *   npm run content:report [-- --json] [-- --drafts]
 */
import { buildContentReport, formatContentReport } from "../src/lib/content-report.ts";
import { readEntries } from "./lib/read-entries.ts";

const args = new Set(process.argv.slice(2));
const report = buildContentReport(readEntries({ drafts: args.has("--drafts") }));
console.log(args.has("--json") ? JSON.stringify(report, null, 2) : formatContentReport(report));
