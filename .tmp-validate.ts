import { readFileSync } from "node:fs";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { compile } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import { termSchema } from "./src/schemas/term.ts";
import { findTermLinks, stripCode } from "./src/lib/term-links.ts";

const allowed = new Set(readFileSync("/tmp/val/allowed.txt", "utf8").split(/\s+/).filter(Boolean));
const allAliases = readFileSync("/tmp/val/taken.txt", "utf8").split("\n").map((s) => s.trim().toLowerCase()).filter(Boolean);
for (const f of process.argv.slice(2)) {
  const raw = readFileSync(f, "utf8");
  const { frontmatter, content } = parseFrontmatter(raw);
  const r = termSchema.safeParse(frontmatter);
  const probs: string[] = [];
  if (!r.success) probs.push(...r.error.issues.map((i) => i.path.join(".") + ": " + i.message));
  const fm = frontmatter as any;
  const slug = f.split("/").pop()!.replace(/^_/, "").replace(/\.mdx$/, "");
  for (const s of fm.related ?? []) if (!allowed.has(s)) probs.push("related not allowed: " + s);
  const links = findTermLinks(stripCode(content));
  const distinct = new Set(links.map((l) => l.slug));
  for (const s of distinct) if (!allowed.has(s)) probs.push("link not allowed: " + s);
  if (distinct.has(slug)) probs.push("self link");
  for (const a of [fm.title, ...(fm.aliases ?? [])]) if (allAliases.includes(String(a).toLowerCase())) probs.push("alias clash: " + a);
  try { await compile(content, { remarkPlugins: [remarkGfm] }); } catch (e: any) { probs.push("MDX: " + e.message); }
  const words = content.replace(/`[^`]*`/g, " x ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const shortLen = String(fm.short).length;
  console.log(`${slug}: words=${words} links=${distinct.size} short=${shortLen} faq=${fm.faq?.length ?? 0} sources=${fm.sources?.length} ${probs.length ? "\n  " + probs.join("\n  ") : "OK"}`);
}
