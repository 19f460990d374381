/**
 * The content report (`npm run content:report`): per entry and per category,
 * what CONTENT.md asks for and where an entry falls short.
 */
import { linkTerms, type TermEntry } from "./term-graph.ts";
import { CATEGORIES } from "./categories.ts";
import { CORE_TERMS } from "./core-terms.ts";
import { containsName, countWords, toPlainText } from "./text.ts";

export interface ReportEntry extends TermEntry {
  category: string;
  sources: unknown[];
  faq?: unknown[];
}

export interface EntryReport {
  slug: string;
  title: string;
  category: string;
  core: boolean;
  words: number;
  linksOut: number;
  linksIn: number;
  sources: number;
  faq: number;
  sections: string[];
  /** Other entries' titles or aliases that appear in the text without a link to that entry. */
  unlinkedMentions: { slug: string; name: string }[];
  /** What CONTENT.md asks for that this entry lacks; empty when it meets the standard. */
  shortfalls: string[];
}

export interface CategoryReport {
  category: string;
  entries: number;
  words: number;
  meetingStandard: number;
}

export interface ContentReport {
  entries: EntryReport[];
  categories: CategoryReport[];
}

const CORE = new Set<string>(CORE_TERMS);
export const WORD_RANGE = { core: [700, 1500], other: [300, 900] } as const;

export function buildContentReport(entries: ReportEntry[]): ContentReport {
  const graph = linkTerms(entries);
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  const reports = [...entries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry): EntryReport => {
      const core = CORE.has(entry.id);
      const words = countWords(entry.body);
      const linksOut = graph.linksOut.get(entry.id)!;
      const linksIn = graph.backlinks.get(entry.id)!.length;
      const [min, max] = core ? WORD_RANGE.core : WORD_RANGE.other;
      const shortfalls = [
        words < min || words > max ? `${words} words (${core ? "core " : ""}entries run ${min}–${max})` : "",
        linksOut.length < 3 ? `${linksOut.length} links in the text (at least 3)` : "",
        linksIn === 0 ? "no entry links here" : "",
        entry.sources.length < 2 ? `${entry.sources.length} sources (at least 2)` : "",
        core && !entry.faq?.length ? "no FAQ (core entries have 2–4 questions)" : "",
      ].filter(Boolean);
      return {
        slug: entry.id,
        title: entry.title,
        category: entry.category,
        core,
        words,
        linksOut: linksOut.length,
        linksIn,
        sources: entry.sources.length,
        faq: entry.faq?.length ?? 0,
        sections: [...entry.body.matchAll(/^##\s+(.+)$/gm)].map((m) => m[1].trim()),
        unlinkedMentions: findUnlinkedMentions(entry, entries, new Set(linksOut), (slug) => titles.get(slug) ?? slug),
        shortfalls,
      };
    });
  const categories = CATEGORIES.map(({ id }) => {
    const inCategory = reports.filter((r) => r.category === id);
    return {
      category: id,
      entries: inCategory.length,
      words: inCategory.reduce((sum, r) => sum + r.words, 0),
      meetingStandard: inCategory.filter((r) => r.shortfalls.length === 0).length,
    };
  }).filter((c) => c.entries > 0);
  return { entries: reports, categories };
}

/**
 * Names of other entries that the text uses without linking them. Short
 * all-capital abbreviations ("RAG") match case-sensitively; other names do not.
 */
export function findUnlinkedMentions(
  entry: TermEntry,
  all: TermEntry[],
  linked: Set<string>,
  titleOf: (slug: string) => string = (s) => s,
): { slug: string; name: string }[] {
  // The visible text of links is removed, so that a linked mention is not counted.
  const text = toPlainText(entry.body.replace(/\[\[[^\]]*\]\]/g, " "), titleOf);
  const mentions: { slug: string; name: string }[] = [];
  for (const other of all) {
    if (other.id === entry.id || linked.has(other.id)) continue;
    const name = [other.title, ...other.aliases].find((n) => containsName(text, n, { caseSensitive: /^[A-Z0-9-]{2,6}s?$/.test(n) }));
    if (name) mentions.push({ slug: other.id, name });
  }
  return mentions;
}

export function formatContentReport({ entries, categories }: ContentReport): string {
  const lines: string[] = [];
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  lines.push("Categories", "  category       entries   words   meeting CONTENT.md");
  for (const c of categories) {
    lines.push(`  ${c.category.padEnd(14)} ${pad(c.entries, 7)} ${pad(c.words, 7)}   ${c.meetingStandard}/${c.entries}`);
  }
  lines.push("", "Entries", "  slug                              words  out  in  src  faq  sections");
  for (const e of entries) {
    lines.push(
      `  ${(e.slug + (e.core ? " *" : "")).padEnd(32)} ${pad(e.words, 6)} ${pad(e.linksOut, 4)} ${pad(e.linksIn, 3)} ${pad(e.sources, 4)} ${pad(e.faq, 4)}  ${e.sections.join(" · ")}`,
    );
    for (const shortfall of e.shortfalls) lines.push(`      needs: ${shortfall}`);
    if (e.unlinkedMentions.length > 0) {
      lines.push(`      unlinked mentions: ${e.unlinkedMentions.map((m) => `${m.name} → [[${m.slug}]]`).join(", ")}`);
    }
  }
  const meeting = entries.filter((e) => e.shortfalls.length === 0).length;
  lines.push("", `${meeting} of ${entries.length} entries meet CONTENT.md. * = core entry.`);
  return lines.join("\n");
}
