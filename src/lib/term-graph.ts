/**
 * The term graph: which entries link to which, and the checks that stop the
 * build when a link or a name is wrong. Pure TypeScript, no Astro imports, so
 * that the build, the content report and the unit tests share one implementation.
 */
import { findTermLinks, stripCode } from "./term-links.ts";
import { closestMatch, normalizeName } from "./text.ts";

export interface TermEntry {
  /** The slug: the file name without `.mdx`. */
  id: string;
  title: string;
  aliases: string[];
  related: string[];
  /** The raw MDX body, where `[[slug]]` links are written. */
  body: string;
}

export interface TermGraph {
  /** Every slug, sorted. */
  slugs: string[];
  /** Inline `[[links]]` of each entry: unique slugs in order of first appearance. */
  linksOut: Map<string, string[]>;
  /** Entries that link to each entry, inline or through `related`, sorted. */
  backlinks: Map<string, string[]>;
}

/** Thrown when the content has problems; `problems` holds one plain message per problem. */
export class ContentError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the glossary's content:\n` +
        problems.map((p) => `  - ${p}`).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}

export const entryFile = (id: string) => `content/terms/${id}.mdx`;

/** What follows "'x' is not a term.": the closest slug, or where the slugs are. */
export function slugSuggestion(slug: string, known: Iterable<string>): string {
  const match = closestMatch(slug, known);
  return match ? ` Did you mean '${match}'?` : " Check the slug against the file names in content/terms/.";
}

/** "'x' is not a term", with the closest slug where there is one. */
export const unknownSlug = (slug: string, slugs: Iterable<string>): string => `'${slug}' is not a term.${slugSuggestion(slug, slugs)}`;

/** Builds the graph, or throws a ContentError listing every problem found. */
export function buildTermGraph(entries: TermEntry[]): TermGraph {
  const problems = checkTerms(entries);
  if (problems.length > 0) throw new ContentError(problems);
  return linkTerms(entries);
}

/** Builds the graph without checking it; unknown slugs are left out. */
export function linkTerms(entries: TermEntry[]): TermGraph {
  const slugs = entries.map((e) => e.id).sort();
  const known = new Set(slugs);
  const linksOut = new Map<string, string[]>();
  const backlinks = new Map<string, string[]>(slugs.map((s) => [s, []]));
  for (const entry of entries) {
    const inline = unique(inlineLinks(entry).map((l) => l.slug)).filter((s) => known.has(s) && s !== entry.id);
    linksOut.set(entry.id, inline);
    for (const target of unique([...inline, ...entry.related])) {
      if (target !== entry.id) backlinks.get(target)?.push(entry.id);
    }
  }
  for (const list of backlinks.values()) list.sort();
  return { slugs, linksOut, backlinks };
}

/** Every problem in the entries, as messages a writer can act on without reading code. */
export function checkTerms(entries: TermEntry[]): string[] {
  const known = new Set(entries.map((e) => e.id));
  const problems: string[] = [];
  const suggest = (slug: string, self: string) => slugSuggestion(slug, [...known].filter((k) => k !== self));

  for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
    const file = entryFile(entry.id);
    const seen = new Set<string>();
    for (const slug of entry.related) {
      if (slug === entry.id) {
        problems.push(`${file}: related → '${slug}' is the entry itself. Remove it from the list.`);
      } else if (seen.has(slug)) {
        problems.push(`${file}: related → '${slug}' is listed twice. Keep one.`);
      } else if (!known.has(slug)) {
        problems.push(`${file}: related → '${slug}' is not a term.${suggest(slug, entry.id)}`);
      }
      seen.add(slug);
    }
    for (const link of inlineLinks(entry)) {
      if (link.slug === entry.id) {
        problems.push(`${file}: body → ${link.raw} links the entry to itself. Write plain text instead.`);
      } else if (!known.has(link.slug)) {
        problems.push(`${file}: body → ${link.raw} links to '${link.slug}', which is not a term.${suggest(link.slug, entry.id)}`);
      }
    }
  }

  problems.push(...checkNames(entries));

  if (entries.length >= 2) {
    const { backlinks } = linkTerms(entries);
    for (const [slug, from] of backlinks) {
      if (from.length === 0) {
        problems.push(
          `${entryFile(slug)}: no other entry links here, so readers cannot reach it. ` +
            `Add '${slug}' to another entry's related list, or link it as [[${slug}]] in another entry's text.`,
        );
      }
    }
  }
  return problems;
}

/** Titles and aliases must be unique across the glossary, so that search and links are unambiguous. */
function checkNames(entries: TermEntry[]): string[] {
  const owners = new Map<string, { id: string; field: "title" | "alias" }>();
  const problems: string[] = [];
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  // Titles first, so that a clash is reported on the alias rather than the title.
  for (const entry of sorted) {
    const key = normalizeName(entry.title);
    const owner = owners.get(key);
    if (owner) {
      problems.push(
        `${entryFile(entry.id)}: title → '${entry.title}' is also the title of ${entryFile(owner.id)}. Titles must be unique; rename one.`,
      );
    } else owners.set(key, { id: entry.id, field: "title" });
  }
  for (const entry of sorted) {
    for (const alias of unique(entry.aliases)) {
      const key = normalizeName(alias);
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, { id: entry.id, field: "alias" });
      } else if (owner.id === entry.id) {
        if (owner.field === "title") {
          problems.push(`${entryFile(entry.id)}: aliases → '${alias}' repeats the entry's own title. Remove it.`);
        }
      } else {
        problems.push(
          `${entryFile(entry.id)}: aliases → '${alias}' is already ${owner.field === "title" ? "the title" : "an alias"} of ` +
            `${entryFile(owner.id)}. A name must lead to one entry; remove it here or there.`,
        );
      }
    }
  }
  return problems;
}

function inlineLinks(entry: TermEntry) {
  return findTermLinks(stripCode(entry.body));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
