/**
 * The glossary as the pages see it: every entry, sorted, with its term graph.
 * Loaded once per build; the graph checks run here, so a bad link or name
 * stops the build before any page is written.
 */
import { getCollection, render, type CollectionEntry } from "astro:content";
import type { MarkdownHeading } from "astro";
import { fillTermLinks } from "../lib/term-link-html.ts";
import { compileMarkdownEntry, usesMdx } from "../lib/markdown-entry.ts";
import { buildTermGraph, ContentError, type TermGraph } from "../lib/term-graph.ts";
import { checkLearningPaths, LEARNING_PATHS } from "../lib/learning-paths.ts";
import { CORE_TERMS } from "../lib/core-terms.ts";
import { getCategory } from "../lib/categories.ts";
import { termUrl } from "../lib/urls.ts";
import type { EntryData } from "../lib/machine-readable.ts";
import { checkTimeline, sortMilestones, type Milestone } from "../lib/timeline.ts";
import { checkComparisons, comparisonTitle } from "../lib/comparisons.ts";

export type Term = CollectionEntry<"terms">;

export interface Glossary {
  /** Every entry, sorted by title. */
  terms: Term[];
  graph: TermGraph;
  get(slug: string): Term;
  /** Core terms that have an entry, in the order of TERMS.md. */
  core: Term[];
  /** The timeline's milestones, oldest first. */
  timeline: Milestone[];
  /** The compare pages, by id. */
  comparisons: ComparisonPage[];
}

/** A compare page's data, with its title ("RLHF vs DPO"). */
export type ComparisonPage = CollectionEntry<"comparisons">["data"] & { id: string; title: string };

let glossary: Promise<Glossary> | undefined;

export function getGlossary(): Promise<Glossary> {
  glossary ??= loadGlossary();
  return glossary;
}

export const byTitle = (a: Term, b: Term) =>
  a.data.title.localeCompare(b.data.title, "en", { sensitivity: "base" });

async function loadGlossary(): Promise<Glossary> {
  const terms = (await getCollection("terms")).sort(byTitle);
  const graph = buildTermGraph(
    terms.map((t) => ({ id: t.id, title: t.data.title, aliases: t.data.aliases, related: t.data.related, body: t.body ?? "" })),
  );
  const bySlug = new Map(terms.map((t) => [t.id, t]));
  const slugs = new Set(bySlug.keys());
  const timeline = sortMilestones((await getCollection("timeline")).map((m) => ({ id: m.id, ...m.data })));
  const comparisons = (await getCollection("comparisons")).map((c) => ({ id: c.id, ...c.data })).sort((a, b) => a.id.localeCompare(b.id));
  const problems = [...checkLearningPaths(LEARNING_PATHS, slugs), ...checkTimeline(timeline, slugs), ...checkComparisons(comparisons, slugs)];
  if (problems.length > 0) throw new ContentError(problems);
  const get = (slug: string) => {
    const term = bySlug.get(slug);
    if (!term) throw new Error(`No entry has the slug '${slug}'.`);
    return term;
  };
  const core = CORE_TERMS.filter((slug) => bySlug.has(slug)).map(get);
  const comparisonPages = comparisons.map((c) => ({ ...c, title: comparisonTitle(get(c.a).data, get(c.b).data) }));
  return { terms, graph, get, core, timeline, comparisons: comparisonPages };
}

/** Every entry as plain data with absolute URLs, for the machine-readable outputs. */
export async function getEntryData(site: URL): Promise<EntryData[]> {
  const { terms } = await getGlossary();
  return terms.map((t) => ({
    slug: t.id,
    title: t.data.title,
    aliases: t.data.aliases,
    short: t.data.short,
    category: t.data.category,
    categoryLabel: getCategory(t.data.category).label,
    level: t.data.level,
    related: t.data.related,
    updated: t.data.updated,
    url: new URL(termUrl(t.id), site).href,
  }));
}

/**
 * An entry's text and headings. A Markdown entry is compiled here (src/lib/markdown-entry.ts)
 * and its link placeholders filled in; an MDX entry comes as a component that renders its
 * links with TermLink.astro.
 */
export async function renderTerm(term: Term): Promise<{ html?: string; Content?: Awaited<ReturnType<typeof render>>["Content"]; headings: MarkdownHeading[] }> {
  const body = term.body ?? "";
  if (usesMdx(body)) {
    const { Content, headings } = await render(term);
    return { Content, headings };
  }
  const glossary = await getGlossary();
  const { html, headings } = compileMarkdownEntry(body);
  return { html: fillTermLinks(html, (slug) => glossary.get(slug).data), headings };
}
