/**
 * Scores the search against the query set in tests/search/queries.json.
 * Serve the build first (npm run preview), then: node scripts/search-eval.ts [baseURL]
 */
import { chromiumLaunchOptions } from "./lib/chromium.ts";
import { chromium } from "@playwright/test";
import { evaluateSearch, formatEvaluation } from "../tests/search/evaluate.ts";

const baseURL = process.argv[2] ?? "http://localhost:4321/";
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  console.log(formatEvaluation(await evaluateSearch(await browser.newPage(), baseURL)));
} finally {
  await browser.close();
}
