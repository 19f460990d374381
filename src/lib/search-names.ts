/**
 * Exact name matching for the search box. Pagefind ranks by full-text
 * relevance, so "transformer" can rank "Vision transformer" above
 * "Transformer"; a reader who types a term's exact name or abbreviation
 * expects that term first. A small index of every entry's names, loaded with
 * Pagefind when the search box is focused, puts exact matches first.
 */

/** One entry in the names index: what a search result shows, and the folded names that find it. */
export interface NamedTerm {
  /** Title. */
  t: string;
  /** URL. */
  u: string;
  /** Category label. */
  c: string;
  /** Short definition. */
  s: string;
  /** Folded title and aliases. */
  n: string[];
}

/**
 * Folds a name or query so that case, accents, spacing and hyphenation do not
 * matter: "Fine-tuning", "fine tuning" and "finetuning" all fold to "finetuning",
 * "GPT-4" and "gpt4" to "gpt4".
 */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015_.·'’]+/g, "");
}

/** The folded forms a name is found by: itself, and its singular or plural. */
function variants(folded: string): string[] {
  if (folded.length < 4) return [folded];
  return folded.endsWith("s") ? [folded, folded.slice(0, -1)] : [folded, `${folded}s`];
}

export function buildNameIndex(
  terms: { title: string; aliases: string[]; url: string; category: string; short: string }[],
): NamedTerm[] {
  return terms.map((term) => ({
    t: term.title,
    u: term.url,
    c: term.category,
    s: term.short,
    n: [...new Set([term.title, ...term.aliases].map(foldName))],
  }));
}

/** Entries one of whose names equals the query, ignoring case, spacing, hyphens and a plural "s". */
export function findExactMatches(index: NamedTerm[], query: string): NamedTerm[] {
  const wanted = new Set(variants(foldName(query)));
  if (wanted.has("")) return [];
  return index.filter((term) => term.n.some((name) => variants(name).some((v) => wanted.has(v))));
}
