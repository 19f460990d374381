/**
 * The search engine the browser runs: Pagefind for full text, the names index
 * for exact names, spelling variants and typos (src/lib/search-rank.ts).
 * Nothing is fetched until the first call, which the search box makes on focus.
 */
import { withBase } from "../lib/urls.ts";
import {
  findExactMatches,
  findFuzzyMatches,
  highlight,
  isRelevantHit,
  fullTextQuery,
  mergeHits,
  namePartFile,
  namesHaveWords,
  queryKeys,
  shortLocation,
  suggestTitle,
  type Hit,
  type NamedTerm,
} from "../lib/search-rank.ts";

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; category?: string; short?: string };
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

export interface SearchOutcome {
  query: string;
  hits: Hit[];
  /** A title to offer as "Did you mean ...?" when nothing matched the words as typed. */
  suggestion?: string;
}

let pagefind: Promise<Pagefind> | undefined;
/** Whether a query has needed Pagefind's full-text search yet. */
let pagefindRuns = false;
const nameParts = new Map<string, Promise<NamedTerm[]>>();
const nameSets = new Map<string, Promise<NamedTerm[]>>();
const shortFiles = new Map<number, Promise<string[]>>();

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ withBase("pagefind/pagefind.js")).then(async (module: Pagefind) => {
    await module.options({ baseUrl: withBase("") });
    return module;
  });
  return pagefind;
}

/** A JSON file of the built site, fetched once and kept in `cache`; an empty list when it cannot be had. */
function fetchOnce<K, T>(cache: Map<K, Promise<T>>, key: K, path: string): Promise<T> {
  if (!cache.has(key)) cache.set(key, fetch(withBase(path)).then((r) => (r.ok ? r.json() : []), () => [] as T));
  return cache.get(key)!;
}

/**
 * The entries whose names the query can match: the parts of the names index its first word needs, each
 * fetched once. The same parts give the same array, so that what matching prepares for it is kept.
 */
function loadNames(query: string): Promise<NamedTerm[]> {
  const keys = queryKeys(query);
  const id = keys.join(" ");
  if (!nameSets.has(id)) {
    const parts = keys.map((key) => fetchOnce(nameParts, key, `search-names/${namePartFile(key)}.json`));
    nameSets.set(
      id,
      Promise.all(parts).then((loaded) => (loaded.length === 1 ? loaded[0] : [...new Map(loaded.flat().map((term) => [term.u, term])).values()])),
    );
  }
  return nameSets.get(id)!;
}

/** Fills in the short definitions of hits from the names index, fetching only the files they are in. */
async function addShorts(hits: Hit[]): Promise<void> {
  await Promise.all(
    hits.map(async (hit) => {
      if (hit.position === undefined) return;
      const { file, index } = shortLocation(hit.position);
      hit.short = (await fetchOnce(shortFiles, file, `search-shorts/${file}.json`))[index] ?? "";
      delete hit.position;
    }),
  );
}

/** Starts loading Pagefind's script, so that the first query that needs it is quicker. (The names index part depends on what is typed.) */
export function preloadSearch(): void {
  void loadPagefind();
}

/** A pause in typing (ms) long enough to take what is in the box as the query. */
const TYPING_PAUSE_MS = 200;

/**
 * How long (ms) the full-text search waits after an input event: after a keystroke, a pause, so that a reader typing
 * on does not make Pagefind fetch the index of words not yet typed out (nor queue up its work); pasted or chosen
 * text need not wait.
 */
export const pauseAfter = (event: Event): number =>
  /^(insertText|insertComposition|deleteContent|deleteWord)/.test((event as InputEvent).inputType ?? "") ? TYPING_PAUSE_MS : 0;

/** How many full-text hits past the room in the list are looked at, at most, before the rest are given up. */
const EXTRA_FRAGMENTS = 3;

/**
 * Searches the glossary. Returns null when a newer call superseded this one (as
 * the reader types), which `current` tells. With `onNames`, the hits from the
 * names index are handed over first, before Pagefind's full-text search (which
 * may have to fetch parts of its index) has answered. Pagefind starts once the
 * query has stayed `pause` ms. With `namesSuffice`, a query that names an entry,
 * or whose names hits fill the list, is answered from the names index alone (the
 * search box; the results page asks the full text every time).
 */
export async function searchGlossary(
  query: string,
  {
    max = 8,
    pause = 0,
    namesSuffice = false,
    onNames,
    current = () => true,
  }: { max?: number; pause?: number; namesSuffice?: boolean; onNames?: (outcome: SearchOutcome) => void; current?: () => boolean } = {},
): Promise<SearchOutcome | null> {
  const searchFullText = () => {
    pagefindRuns = true;
    return loadPagefind().then((engine) => engine.search(fullTextQuery(query)));
  };
  // Once Pagefind runs, a query that need not wait starts its search at once, alongside the names index. Until then
  // it waits for the names index: a query the names answer needs none of Pagefind's WebAssembly, metadata and index.
  const started = pagefindRuns && pause === 0 ? searchFullText() : undefined;
  started?.catch(() => {}); // awaited below, unless the names suffice
  const index = await loadNames(query);
  const exact = findExactMatches(index, query);
  const fuzzy = findFuzzyMatches(index, query);
  const fromNames = mergeHits(exact, fuzzy, [], max);
  // The names hits' short definitions load while the full-text hits are fetched, not before.
  const namesShown = addShorts(fromNames).then(() => {
    if (onNames && fromNames.length > 0) onNames({ query, hits: fromNames });
  });
  // "Did you mean" is for words that neither the names nor the full text use.
  const askFullText = exact.length === 0 && !namesHaveWords(index, query);
  const room = max - fromNames.length;
  if (namesSuffice && (exact.length > 0 || (room === 0 && !askFullText))) {
    await namesShown;
    return { query, hits: fromNames };
  }
  // While the reader types on, the full text waits: the words in the box are not yet the query.
  if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  // A query the reader has typed on from fetches nothing more: as they type, the work of every keystroke would queue up.
  if (!current()) return null;
  const response = await (started ?? searchFullText());
  if (!current()) return null;
  // Each full-text hit costs a fragment download. When the names do not use the query's words (a typo, most often),
  // the first two hits tell whether the full text does: Pagefind ranks the hits that use them first, and a word it
  // matches only loosely ("allignment") would otherwise fetch the fragment of page after page. Then, as many as the
  // names index left room for, plus one, because its best hit is usually among Pagefind's first too; more only when
  // some turn out to be irrelevant or already shown, and no further than EXTRA_FRAGMENTS past the room.
  const shown = new Set(fromNames.map((hit) => hit.url));
  const text: Hit[] = [];
  let matchedText = false;
  let next = 0;
  const limit = Math.min(response.results.length, room + EXTRA_FRAGMENTS);
  const take = async (count: number) => {
    const batch = response.results.slice(next, Math.min(limit, next + count));
    next += batch.length;
    for (const d of await Promise.all(batch.map((r) => r.data()))) {
      if (!isRelevantHit([...d.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]), query)) continue;
      matchedText = true;
      if (!shown.has(d.url) && text.length < room) text.push({ url: d.url, title: d.meta.title ?? d.url, category: d.meta.category ?? "", short: d.meta.short ?? "", excerpt: d.excerpt });
    }
  };
  if (askFullText) await take(2);
  while ((matchedText || !askFullText) && text.length < room && next < limit) {
    if (!current()) return null;
    await take(room - text.length + (next === 0 && fromNames.length > 0 ? 1 : 0));
  }
  await namesShown;
  const suggestion = askFullText && !matchedText ? suggestTitle(index, query) : undefined;
  // The full-text hits leave out the names index's and fill only the room it left.
  return { query, hits: [...fromNames, ...text], suggestion };
}

/** Text with the query's words wrapped in <mark>, built from text nodes only. */
function highlighted(text: string, query: string): Node[] {
  return highlight(text, query).map(({ text: part, mark }) => {
    if (!mark) return document.createTextNode(part);
    const element = document.createElement("mark");
    element.textContent = part;
    return element;
  });
}

/** Pagefind's excerpt as nodes: its text, and its <mark> elements; nothing else from the HTML survives. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body.firstChild!;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

/** One result: category, title and short definition with the query's words marked, and the matching passage for full-text hits. */
export function hitContent(hit: Hit, query: string, { compact = false } = {}): Node[] {
  const category = document.createElement("span");
  category.className = "block text-xs uppercase tracking-wide text-muted";
  category.textContent = hit.category;
  const title = document.createElement("span");
  title.className = "block font-semibold text-accent";
  title.append(...highlighted(hit.title, query));
  const short = document.createElement("span");
  short.className = `block text-sm text-muted mt-0.5 leading-snug ${compact ? "line-clamp-2" : ""}`;
  short.append(...highlighted(hit.short, query));
  const nodes: Node[] = [category, title, short];
  const marksShown = [title, short].some((el) => el.querySelector("mark"));
  // Found by another name ("RAG"): say which, so that the reader sees why it matched.
  const alias = marksShown ? undefined : hit.aliases?.find((name) => highlight(name, query).some((part) => part.mark));
  if (alias) {
    const also = document.createElement("span");
    also.className = "block text-sm text-muted";
    also.append("Also called ", ...highlighted(alias, query));
    nodes.splice(2, 0, also);
  }
  if (hit.excerpt && !marksShown) {
    const passage = document.createElement("span");
    passage.className = "block text-sm text-ink mt-1 leading-snug";
    passage.append("…", ...excerptNodes(hit.excerpt), "…");
    nodes.push(passage);
  }
  return nodes;
}
