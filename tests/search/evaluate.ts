/**
 * Runs the query set (queries.json) through the built site's search page in a
 * browser and scores it: hit@1 is the share of queries whose expected entry is
 * the first result, hit@3 within the first three.
 */
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";

export interface Query {
  query: string;
  expected: string;
  kind: string;
}

export interface Evaluation {
  total: number;
  hitAt1: number;
  hitAt3: number;
  misses: { query: string; expected: string; got: string[] }[];
}

export const QUERIES: Query[] = JSON.parse(readFileSync(new URL("./queries.json", import.meta.url), "utf8"));

export async function evaluateSearch(page: Page, baseURL: string, queries = QUERIES): Promise<Evaluation> {
  await page.goto(new URL("search/", baseURL).href);
  const input = page.locator("#search-page-input");
  const summary = page.locator("[data-search-summary]");
  let top1 = 0;
  let top3 = 0;
  const misses: Evaluation["misses"] = [];
  for (const { query, expected } of queries) {
    await input.fill(query);
    await summary.filter({ hasText: `“${query}”` }).waitFor();
    const got = (await page.locator("[data-search-results] a").evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname)))
      .map((path) => path.replace(/\/$/, "").split("/").pop()!);
    if (got[0] === expected) top1++;
    if (got.includes(expected)) top3++;
    else misses.push({ query, expected, got });
  }
  return { total: queries.length, hitAt1: top1 / queries.length, hitAt3: top3 / queries.length, misses };
}

export function formatEvaluation({ total, hitAt1, hitAt3, misses }: Evaluation): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [`${total} queries: hit@1 ${pct(hitAt1)}, hit@3 ${pct(hitAt3)}`];
  for (const miss of misses) lines.push(`  miss: "${miss.query}" → expected ${miss.expected}, got ${miss.got.join(", ") || "nothing"}`);
  return lines.join("\n");
}
