/** Small text helpers shared by the term graph and the content report. */
import leven from "leven";
import { stripCode, TERM_LINK } from "./term-links.ts";

/** The closest candidate, if it is close enough to be a plausible typo. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = leven(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const tolerance = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

/** Folds a name for uniqueness checks: case, spacing and dash style do not make two names distinct. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\u2010-\u2015]/g, "-").replace(/\s+/g, " ").trim();
}

/** Counts the words a reader reads in an MDX body: no code, link syntax or Markdown marks. */
export function countWords(markdown: string): number {
  const prose = toPlainText(markdown);
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A rough plain-text view of an MDX body, with `[[slug|text]]` reduced to its visible text. */
export function toPlainText(markdown: string, titleOf: (slug: string) => string = (slug) => slug): string {
  return stripCode(markdown)
    // MDX imports and components (diagrams) are not prose.
    .replace(/^(?:import|export)\s.*$/gm, " ")
    .replace(/<[A-Z][\w.]*[^>]*\/>/g, " ")
    .replace(TERM_LINK, (_, slug: string, text?: string) => text ?? titleOf(slug.trim()))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/[*_`|>#-]+/g, " ");
}

/**
 * A title as it reads mid-sentence: "Transformer" becomes "transformer", while
 * names keep their capitals ("LoRA", "KV cache", "Model Context Protocol",
 * and every model or product name).
 */
export function titleInSentence(title: string, category: string): string {
  if (category === "models") return title;
  const [first, ...rest] = title.split(" ");
  const sentenceCase = /^[A-Z][^A-Z]*$/.test(first) && rest.every((word) => !/^[A-Z]/.test(word));
  return sentenceCase ? first.charAt(0).toLowerCase() + title.slice(1) : title;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `text` contains `name` as a whole word or phrase (not inside a longer word);
 * case-insensitive unless asked. A search, not a pattern: compiling a Unicode pattern per
 * name costs more than the search itself.
 */
export function containsName(text: string, name: string, { caseSensitive = false } = {}): boolean {
  const [haystack, needle] = caseSensitive ? [text, name] : [text.toLowerCase(), name.toLowerCase()];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack.charAt(at + needle.length);
    if (!(before && LETTER_OR_DIGIT.test(before)) && !(after && LETTER_OR_DIGIT.test(after))) return true;
  }
  return false;
}

/** "November 24, 2026": one formatter for every page (creating one per call costs a quarter of a millisecond). */
const DAY = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
export const formatDay = (date: Date): string => DAY.format(date);

/** "June 2017", with one formatter likewise. */
const MONTH = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", timeZone: "UTC" });
export const formatMonth = (date: Date): string => MONTH.format(date);
