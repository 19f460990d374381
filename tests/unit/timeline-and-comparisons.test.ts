import { describe, expect, test } from "vitest";
import { checkTimeline, formatMilestoneDate, milestonesByYear } from "../../src/lib/timeline.ts";
import { checkComparisons, comparisonsOf, comparisonTitle, columnName } from "../../src/lib/comparisons.ts";

const slugs = new Set(["transformer", "lora", "fine-tuning", "rlhf", "direct-preference-optimization"]);
const milestone = (id: string, date: string, terms: string[]) => ({ id, date, title: "T", summary: "S", terms, source: { title: "P", url: "https://example.org" } });

describe("timeline", () => {
  test("an unknown or repeated entry is a problem naming the file, the milestone, the field and the fix", () => {
    expect(checkTimeline([milestone("a", "2017-06", ["transfomer", "lora", "lora"])], slugs)).toMatchInlineSnapshot(`
      [
        "content/timeline.yaml: milestone 'a' → terms → 'transfomer' is not a term. Did you mean 'transformer'?",
        "content/timeline.yaml: milestone 'a' → terms lists an entry twice.",
      ]
    `);
    expect(checkTimeline([milestone("a", "2017-06", ["transformer"])], slugs)).toEqual([]);
    expect(checkTimeline([], slugs)).toEqual(["content/timeline.yaml has no milestones; the /timeline/ page needs at least one."]);
  });

  test("milestones are grouped by year, oldest first, a year-only date before that year's months", () => {
    const years = milestonesByYear([milestone("c", "2019-02", []), milestone("a", "2017-06", []), milestone("b", "2019", [])]);
    expect(years.map((y) => [y.year, y.milestones.map((m) => m.id)])).toEqual([
      ["2017", ["a"]],
      ["2019", ["b", "c"]],
    ]);
  });

  test("dates read as month and year, or the year alone", () => {
    expect([formatMilestoneDate("2017-06"), formatMilestoneDate("2019")]).toEqual(["June 2017", "2019"]);
  });
});

describe("comparisons", () => {
  test("each problem names the file, the comparison, the field and the fix", () => {
    const problems = checkComparisons(
      [
        { id: "lora-vs-fine-tuning", a: "lora", b: "fine-tuning" },
        { id: "fine-tuning-vs-lora", a: "fine-tuning", b: "lora" },
        { id: "rlhf-vs-dpo", a: "rlhf", b: "dpo" },
        { id: "lora-vs-lora", a: "lora", b: "lora" },
        { id: "lora-versus-rlhf", a: "lora", b: "rlhf" },
      ],
      slugs,
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/comparisons.yaml: comparison 'fine-tuning-vs-lora' compares a pair already compared; keep one.",
        "content/comparisons.yaml: comparison 'rlhf-vs-dpo' → b → 'dpo' is not a term. Check the slug against the file names in content/terms/.",
        "content/comparisons.yaml: comparison 'lora-vs-lora' compares 'lora' with itself; b must be another entry.",
        "content/comparisons.yaml: comparison 'lora-versus-rlhf' → id must be 'lora-vs-rlhf' (its a, '-vs-', its b): it is the page's URL.",
      ]
    `);
  });

  test("an entry lists the comparisons it is part of", () => {
    const all = [
      { id: "lora-vs-fine-tuning", a: "lora", b: "fine-tuning" },
      { id: "rlhf-vs-direct-preference-optimization", a: "rlhf", b: "direct-preference-optimization" },
    ];
    expect(comparisonsOf("fine-tuning", all).map((c) => [c.comparison.id, c.other])).toEqual([["lora-vs-fine-tuning", "lora"]]);
    expect(comparisonsOf("transformer", all)).toEqual([]);
  });

  test("long titles give way to their abbreviation, and the second name reads mid-sentence", () => {
    const rlhf = { title: "Reinforcement learning from human feedback", aliases: ["RLHF"], category: "training" };
    const dpo = { title: "Direct preference optimization", aliases: ["DPO"], category: "training" };
    const fm = { title: "Foundation model", aliases: ["FM"], category: "foundations" };
    const llm = { title: "Large language model", aliases: ["LLM"], category: "llm" };
    expect(comparisonTitle(rlhf, dpo)).toBe("RLHF vs DPO");
    expect(comparisonTitle(fm, llm)).toBe("Foundation model vs large language model");
    expect([columnName(rlhf), columnName(llm)]).toEqual(["RLHF", "Large language model"]);
  });
});
