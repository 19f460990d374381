import { readEntries } from "./lib/read-entries.ts";
import { checkTerms } from "../src/lib/term-graph.ts";
import { readFileSync } from "node:fs";
const cats = process.argv.slice(2);
const terms = readFileSync("/work/shared/TERMS.md", "utf8");
const slugs = new Set<string>();
let cur = "";
for (const line of terms.split("\n")) {
  const m = line.match(/^## (\w+) —/); if (m) { cur = m[1]; continue; }
  const s = line.match(/^- `([a-z0-9-]+)`/); if (s && cats.includes(cur)) slugs.add(s[1]);
}
const entries = readEntries({ drafts: true }).filter((e) => slugs.has(e.id) || e.id === "diffusion-model");
console.log(entries.length, "entries");
for (const p of checkTerms(entries)) console.log(p);
