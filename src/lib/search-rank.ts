/**
 * How the search box understands what readers type (issue: search that
 * understands how people type AI terms). Pagefind does the full-text part;
 * this module adds what full text misses, over the names index
 * (/search-names/<key>.json): exact names first, spelling variants, plurals, typos,
 * questions ("what is a diffusion model"), and "Did you mean".
 * Pure functions: the browser code in src/scripts/search-engine.ts calls them.
 */
import leven from "leven";

/**
 * One entry in the names index. The index is split by the first letter of each word
 * of each name (/search-names/<key>.json), so that a query fetches only the part its
 * first word needs; an entry sits in the part of every letter its names' words start
 * with. The short definitions are not in it: the box shows only a few, so they sit in
 * files of SHORTS_PER_FILE (/search-shorts/<n>.json, in glossary order) fetched for
 * the hits shown.
 */
export interface NamedTerm {
  /** URL. */
  u: string;
  /** Category label. */
  c: string;
  /** Title, then aliases, as written. */
  n: string[];
  /** Position in glossary order: where the short definition is (see shortLocation). */
  p: number;
}

export const SHORTS_PER_FILE = 20;

/** Where an entry's short definition is: file number and position in it, from its position in glossary order. */
export function shortLocation(position: number): { file: number; index: number } {
  return { file: Math.floor(position / SHORTS_PER_FILE), index: position % SHORTS_PER_FILE };
}

/** The names index, from the entries in glossary order. */
export function buildNameIndex(terms: { title: string; aliases: string[]; url: string; category: string }[]): NamedTerm[] {
  return terms.map((t, p) => ({ u: t.url, c: t.category, n: [t.title, ...t.aliases], p }));
}

/** The names index split into its parts, by key (see NamedTerm). */
export function buildNameParts(index: NamedTerm[]): Map<string, NamedTerm[]> {
  const parts = new Map<string, NamedTerm[]>();
  for (const term of index) {
    for (const key of new Set(term.n.flatMap(words).map((w) => w[0]))) {
      if (!parts.has(key)) parts.set(key, []);
      parts.get(key)!.push(term);
    }
  }
  return parts;
}

/**
 * The parts of the names index a query needs: those of its first word, as typed and
 * without question words. Every name it can match has a word that starts with that
 * letter (a typo in a word's first letter is the one kind the box does not catch).
 */
export function queryKeys(query: string): string[] {
  return [...new Set([words(query)[0], askedWords(query)[0], queryWords(query)[0]].filter(Boolean).map((w) => w[0]))];
}

/** A part's file name: its letter or digit, or the code point of another character. */
export const namePartFile = (key: string): string => (/^[a-z0-9]$/.test(key) ? key : `u${key.codePointAt(0)!.toString(16)}`);

/** The files of short definitions, in glossary order. */
export function buildShortFiles(shorts: string[]): string[][] {
  return Array.from({ length: Math.ceil(shorts.length / SHORTS_PER_FILE) }, (_, file) =>
    shorts.slice(file * SHORTS_PER_FILE, (file + 1) * SHORTS_PER_FILE),
  );
}

/** An entry's title: the first of its names. */
export const titleOf = (term: NamedTerm): string => term.n[0];

/**
 * Folds a name or query so that case, accents, spacing and hyphenation do not
 * matter: "Fine-tuning", "fine tuning" and "finetuning" all fold to "finetuning",
 * "GPT-4" and "gpt4" to "gpt4".
 */
export function foldName(text: string): string {
  return words(text).join("");
}

/** Words of a question that are not part of what is asked about ("what is a ...", "... explained"). */
const QUESTION = new Set(
  "a an the what whats is are was were do does did how why who when which of in on for to and or with by from mean means meaning meant define definition defined explain explained explanation example examples about vs versus work works".split(
    " ",
  ),
);
/** Words in so many names that alone they would match half the glossary ("diffusion model" is found by "diffusion"). */
const GENERIC = new Set(["ai", "model", "models", "term"]);

/** Lowercase words without accents or punctuation; hyphens and dots split words. */
export function words(text: string): string[] {
  // ASCII text, most names, has no accents to strip, and its letters and digits are a–z and 0–9 once lowercased.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words a query asks about: question words dropped, unless nothing else is left. */
export function askedWords(query: string): string[] {
  const all = words(query);
  const asked = all.filter((w) => !QUESTION.has(w));
  return asked.length > 0 ? asked : all;
}

/**
 * The query Pagefind searches: the words as typed, without question words and generic words, unless nothing
 * else is left. Pagefind fetches the part of its index with every place each word occurs, and the words that
 * nearly every page has are the biggest parts: at 5,000 entries "what is a diffusion model" fetched 585 KB of
 * index, "diffusion" alone 27 KB.
 */
export function fullTextQuery(query: string): string {
  const without = (drop: Set<string>, tokens: string[]) => tokens.filter((t) => words(t.replace(/['’]s$/i, "")).some((w) => !drop.has(w)));
  const asked = without(QUESTION, query.split(/\s+/));
  const specific = without(GENERIC, asked);
  return (specific.length > 0 ? specific : asked.length > 0 ? asked : [query.trim()]).join(" ");
}

/** The asked words that can single out a term: generic words dropped too, unless nothing else is left. */
export function queryWords(query: string): string[] {
  const asked = askedWords(query);
  const specific = asked.filter((w) => !GENERIC.has(w));
  return specific.length > 0 ? specific : asked;
}

/** A name's folded forms: as written, and singular or plural. */
function variants(folded: string): string[] {
  if (folded.length < 4) return [folded];
  return folded.endsWith("s") ? [folded, folded.slice(0, -1)] : [folded, `${folded}s`];
}

/** How many edits a word of this length may be off and still match: 0 below 4 letters, 1 for 4–7, 2 from 8. */
export function typoTolerance(word: string): number {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

/** What matching needs of an entry's names, worked out once per entry rather than on every keystroke. */
interface PreparedNames {
  /** Each name folded, in its singular and plural forms. */
  folded: string[];
  /** Each name's words. */
  words: string[][];
}
const prepared = new WeakMap<NamedTerm, PreparedNames>();

function prepare(term: NamedTerm): PreparedNames {
  let names = prepared.get(term);
  if (!names) {
    const nameWords = term.n.map(words);
    names = { folded: nameWords.flatMap((w) => variants(w.join(""))), words: nameWords };
    prepared.set(term, names);
  }
  return names;
}

/**
 * An index's entries by their folded names and by the words of their names, built
 * once per index array (the search box keeps one array per set of parts), so that a
 * query looks up the few entries it can match instead of testing every entry.
 */
interface Lookup {
  byFolded: Map<string, NamedTerm[]>;
  byWord: Map<string, NamedTerm[]>;
  /** For each query word met so far: the name words within its tolerance, with their distances (see closeWords). */
  close: Map<string, Map<string, number>>;
}
const lookups = new WeakMap<NamedTerm[], Lookup>();

function lookup(index: NamedTerm[]): Lookup {
  let found = lookups.get(index);
  if (!found) {
    // Each entry once per key: an entry's keys are added together, so a repeat is the last one added.
    const add = (map: Map<string, NamedTerm[]>, key: string, term: NamedTerm) => {
      const terms = map.get(key);
      if (!terms) map.set(key, [term]);
      else if (terms[terms.length - 1] !== term) terms.push(term);
    };
    found = { byFolded: new Map(), byWord: new Map(), close: new Map() };
    for (const term of index) {
      const names = prepare(term);
      for (const folded of names.folded) add(found.byFolded, folded, term);
      for (const nameWords of names.words) for (const word of nameWords) add(found.byWord, word, term);
    }
    lookups.set(index, found);
  }
  return found;
}

/** Entries one of whose names equals the query, ignoring case, spacing, hyphens, a plural "s" and question words. */
export function findExactMatches(index: NamedTerm[], query: string): NamedTerm[] {
  const forms = [foldName(query), askedWords(query).join("")].filter(Boolean);
  if (forms.length === 0) return [];
  const { byFolded } = lookup(index);
  const found = new Set(forms.flatMap(variants).flatMap((form) => byFolded.get(form) ?? []));
  return index.filter((term) => found.has(term));
}

/**
 * Entries whose names contain every word of the query, each word allowing a
 * few typos (see typoTolerance). Best first: the name whose words are most
 * fully covered by the query, then the fewest edits.
 */
export function findFuzzyMatches(index: NamedTerm[], query: string): NamedTerm[] {
  const asked = queryWords(query);
  if (asked.length === 0) return [];
  // Only entries with a name word close to every query word can match. Find the close words first, with their
  // distances for the scoring below; the entries with a word close to the rarest query word are the candidates,
  // and the scoring drops those without one for every other query word.
  const { byWord } = lookup(index);
  const distances = asked.map((word) => closeWords(index, word));
  const count = (close: Map<string, number>) => [...close.keys()].reduce((sum, w) => sum + byWord.get(w)!.length, 0);
  const rarest = distances.reduce((a, b) => (count(b) < count(a) ? b : a));
  const candidates = new Set([...rarest.keys()].flatMap((w) => byWord.get(w)!));
  const scored: { term: NamedTerm; score: number }[] = [];
  for (const term of index) {
    if (!candidates.has(term)) continue;
    let best = Infinity;
    prepare(term).words.forEach((nameWords, i) => {
      let edits = 0;
      for (const close of distances) edits += Math.min(...nameWords.map((w) => close.get(w) ?? Infinity));
      // An alias costs a tenth more than the title.
      if (edits !== Infinity) best = Math.min(best, edits + extraWords(nameWords, asked) + (i > 0 ? 0.1 : 0));
    });
    if (best !== Infinity) scored.push({ term, score: best });
  }
  return scored.sort((a, b) => a.score - b.score || byTitle.compare(titleOf(a.term), titleOf(b.term))).map((s) => s.term);
}

const byTitle = new Intl.Collator();

/**
 * What a name's words beyond the query's cost a match: half an edit each, a quarter for a generic word
 * ("diffusion" finds Diffusion model before Diffusion sampler).
 */
function extraWords(nameWords: string[], asked: string[]): number {
  const extra = Math.max(0, nameWords.length - asked.length);
  const generic = Math.min(extra, nameWords.filter((w) => GENERIC.has(w) && !asked.includes(w)).length);
  return (extra - generic) * 0.5 + generic * 0.25;
}

/**
 * Whether the names use every word of the query as typed (or as the start of a longer word): then
 * "No entry uses those words. Did you mean ...?" would not be true, whatever the full text says.
 */
export function namesHaveWords(index: NamedTerm[], query: string): boolean {
  return queryWords(query).every((word) => [...closeWords(index, word).values()].some((distance) => distance < 1));
}

/** The index's name words within a query word's tolerance, with their distances: read once per word and index. */
function closeWords(index: NamedTerm[], word: string): Map<string, number> {
  const { byWord, close } = lookup(index);
  let found = close.get(word);
  if (!found) {
    found = new Map();
    for (const nameWord of byWord.keys()) {
      const distance = distanceWithin(word, nameWord);
      if (distance !== Infinity) found.set(nameWord, distance);
    }
    close.set(word, found);
  }
  return found;
}

/** Edits between a query word and a name word, or Infinity beyond the tolerance. A query word may also be a prefix of a long name word. */
function distanceWithin(word: string, nameWord: string): number {
  const tolerance = typoTolerance(word);
  // A name word's forms are its own length or one letter off: most words of the index are rejected here, unread.
  const prefix = word.length >= 4 && nameWord.startsWith(word);
  if (Math.abs(nameWord.length - word.length) > tolerance + 1 && !prefix) return Infinity;
  for (const form of variants(nameWord)) if (form === word) return 0;
  if (prefix) return 0.25;
  if (tolerance === 0) return Infinity;
  let distance = Infinity;
  for (const form of variants(nameWord)) {
    // Words whose lengths differ by more than the tolerance are that many edits apart at least.
    if (Math.abs(form.length - word.length) <= tolerance) distance = Math.min(distance, leven(word, form, { maxDistance: tolerance + 1 }));
  }
  return distance <= tolerance ? distance : Infinity;
}

/** The title to offer as "Did you mean ...?" for a query that found nothing. */
export function suggestTitle(index: NamedTerm[], query: string): string | undefined {
  const best = findFuzzyMatches(index, query)[0];
  return best && titleOf(best);
}

/**
 * Whether a full-text hit matched the query, judged by the words Pagefind
 * marked: Pagefind also matches indexed words that merely begin the query
 * ("x" for "xylophone"), which readers do not mean.
 */
export function isRelevantHit(markedWords: string[], query: string): boolean {
  const asked = queryWords(query);
  return markedWords.some((marked) => {
    const folded = foldName(marked);
    return asked.some((word) => folded.length >= Math.min(word.length, Math.max(3, Math.ceil(word.length * 0.75))));
  });
}

export interface Hit {
  url: string;
  title: string;
  category: string;
  short: string;
  /** Pagefind's excerpt, HTML-escaped text with <mark> around matched words; full-text hits only. */
  excerpt?: string;
  /** A names-index hit's position in glossary order, until its short definition is filled in. */
  position?: number;
  /** A names-index hit's other names, to show the one the query matched when title and short definition do not. */
  aliases?: string[];
}

/**
 * Exact names first, then typo and spelling matches, then full text; each entry once.
 * Hits from the names index have no short definition yet (see NamedTerm).
 */
export function mergeHits(exact: NamedTerm[], fuzzy: NamedTerm[], text: Hit[], max: number): Hit[] {
  const fromIndex = (t: NamedTerm): Hit => ({ url: t.u, title: titleOf(t), category: t.c, short: "", position: t.p, aliases: t.n.slice(1) });
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const hit of [...exact.map(fromIndex), ...fuzzy.map(fromIndex), ...text]) {
    if (seen.has(hit.url)) continue;
    seen.add(hit.url);
    hits.push(hit);
  }
  return hits.slice(0, max);
}

/** Splits text into plain and highlighted parts, for the query's words (and their typo'd forms found in the text). */
export function highlight(text: string, query: string): { text: string; mark: boolean }[] {
  const asked = askedWords(query);
  if (asked.length === 0) return [{ text, mark: false }];
  const parts: { text: string; mark: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu)) {
    const word = foldName(match[0]);
    const hit = asked.some((q) => word.startsWith(q) || (q.length >= 4 && distanceWithin(q, word) !== Infinity));
    if (!hit) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), mark: false });
    parts.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}
