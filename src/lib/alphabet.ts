/** Groups items under the first letter of their name, for the A–Z index. */
export const LETTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

export interface LetterGroup<T> {
  letter: string;
  /** The fragment id of the group's heading. */
  anchor: string;
  items: T[];
}

/** Every letter A–Z in order (empty ones included, so the navigation can show them as absent), then "#" for other first characters. */
export function groupByLetter<T>(items: T[], nameOf: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>(LETTERS.map((l) => [l, []]));
  for (const item of items) {
    const first = nameOf(item).normalize("NFD").charAt(0).toUpperCase();
    const letter = LETTERS.includes(first) ? first : "#";
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter)!.push(item);
  }
  return [...groups].map(([letter, items]) => ({ letter, anchor: letter === "#" ? "other" : letter.toLowerCase(), items }));
}
