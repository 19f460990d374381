/**
 * Scores the search against the query set in tests/search/queries.json.
 * Serve the build first (npm run preview), then: node scripts/search-eval.ts [baseURL]
 */
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { evaluateSearch, formatEvaluation } from "../tests/search/evaluate.ts";

const baseURL = process.argv[2] ?? "http://localhost:4321/";
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({ executablePath, args: executablePath ? ["--no-sandbox"] : [] });
try {
  console.log(formatEvaluation(await evaluateSearch(await browser.newPage(), baseURL)));
} finally {
  await browser.close();
}
