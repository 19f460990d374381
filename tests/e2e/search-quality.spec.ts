import { expect, test } from "@playwright/test";
import { evaluateSearch, formatEvaluation } from "../search/evaluate.ts";

test("the query set finds its expected entries: hit@3 ≥ 95%, hit@1 ≥ 85%", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const evaluation = await evaluateSearch(page, `${baseURL}/`);
  console.log(formatEvaluation(evaluation));
  expect(evaluation.total).toBeGreaterThanOrEqual(60);
  expect(evaluation.hitAt3, formatEvaluation(evaluation)).toBeGreaterThanOrEqual(0.95);
  expect(evaluation.hitAt1, formatEvaluation(evaluation)).toBeGreaterThanOrEqual(0.85);
});
