/**
 * The timeline's milestones (content/timeline.yaml): the checks the build runs on them,
 * and their order on the page.
 */
import { unknownSlug } from "./term-graph.ts";
import { formatMonth } from "./text.ts";

export const TIMELINE_FILE = "content/timeline.yaml";

export interface Milestone {
  id: string;
  /** "YYYY-MM" or "YYYY". */
  date: string;
  title: string;
  summary: string;
  terms: string[];
  source: { title: string; url: string };
}

/** Problems with the milestones, each naming the file, the milestone, the field and the fix; empty when all is well. */
export function checkTimeline(milestones: Milestone[], slugs: Set<string>): string[] {
  const problems: string[] = [];
  if (milestones.length === 0) problems.push(`${TIMELINE_FILE} has no milestones; the /timeline/ page needs at least one.`);
  for (const m of milestones) {
    for (const slug of m.terms) if (!slugs.has(slug)) problems.push(`${TIMELINE_FILE}: milestone '${m.id}' → terms → ${unknownSlug(slug, slugs)}`);
    if (new Set(m.terms).size !== m.terms.length) problems.push(`${TIMELINE_FILE}: milestone '${m.id}' → terms lists an entry twice.`);
  }
  return problems;
}

/** Oldest first; a year-only date comes before the months of that year. */
export function sortMilestones<T extends { date: string; id: string }>(milestones: T[]): T[] {
  return [...milestones].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The milestones grouped by year, oldest first. */
export function milestonesByYear<T extends { date: string; id: string }>(milestones: T[]): { year: string; milestones: T[] }[] {
  const years = Map.groupBy(sortMilestones(milestones), (m) => m.date.slice(0, 4));
  return [...years].map(([year, list]) => ({ year, milestones: list }));
}

/** "June 2017", or "2019" where the month is not known. */
export function formatMilestoneDate(date: string): string {
  const [year, month] = date.split("-");
  if (!month) return year;
  return formatMonth(new Date(Date.UTC(Number(year), Number(month) - 1, 1)));
}
