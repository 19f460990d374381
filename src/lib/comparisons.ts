/**
 * The compare pages (content/comparisons.yaml): the checks the build runs on them, and
 * which comparisons an entry links to.
 */
import { unknownSlug } from "./term-graph.ts";
import { titleInSentence } from "./text.ts";

export const COMPARISONS_FILE = "content/comparisons.yaml";

export interface Comparison {
  id: string;
  a: string;
  b: string;
}

/** Problems with the comparisons, each naming the file, the comparison, the field and the fix; empty when all is well. */
export function checkComparisons(comparisons: Comparison[], slugs: Set<string>): string[] {
  const problems: string[] = [];
  const pairs = new Set<string>();
  for (const c of comparisons) {
    const where = `${COMPARISONS_FILE}: comparison '${c.id}'`;
    for (const side of ["a", "b"] as const) if (!slugs.has(c[side])) problems.push(`${where} → ${side} → ${unknownSlug(c[side], slugs)}`);
    if (c.a === c.b) problems.push(`${where} compares '${c.a}' with itself; b must be another entry.`);
    if (c.id !== `${c.a}-vs-${c.b}`) problems.push(`${where} → id must be '${c.a}-vs-${c.b}' (its a, '-vs-', its b): it is the page's URL.`);
    const pair = [c.a, c.b].sort().join(" ");
    if (pairs.has(pair)) problems.push(`${where} compares a pair already compared; keep one.`);
    pairs.add(pair);
  }
  return problems;
}

/** The comparisons an entry is part of, each with the other entry's slug. */
export function comparisonsOf<T extends Comparison>(slug: string, comparisons: T[]): { comparison: T; other: string }[] {
  return comparisons
    .filter((c) => c.a === slug || c.b === slug)
    .map((comparison) => ({ comparison, other: comparison.a === slug ? comparison.b : comparison.a }))
    .sort((x, y) => x.other.localeCompare(y.other));
}

interface Named {
  title: string;
  aliases: string[];
  category: string;
}

/** A long title gives way to its abbreviation ("RLHF"), so that "A vs B" stays a short heading. */
function shortName(term: Named): string | undefined {
  return term.title.length > 24 ? term.aliases.find((alias) => /^[A-Z][A-Z0-9-]{1,7}$/.test(alias)) : undefined;
}

/** The name a compare table's column goes by: the abbreviation of a long title, else the title. */
export const columnName = (term: Named): string => shortName(term) ?? term.title;

/** "Fine-tuning vs RAG": the pair's title, the second name in sentence case. */
export function comparisonTitle(a: Named, b: Named): string {
  return `${columnName(a)} vs ${shortName(b) ?? titleInSentence(b.title, b.category)}`;
}
