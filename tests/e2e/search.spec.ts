import { expect, test, type Page } from "@playwright/test";

async function searchFor(page: Page, query: string) {
  const box = page.getByRole("combobox", { name: "Search the glossary" });
  await box.fill(query);
  const options = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
  await expect(options.first()).toBeVisible();
  return { box, options };
}

test("finds a term by its title and opens it", async ({ page }) => {
  await page.goto("/terms/");
  // Other titles contain the word ("Vision transformer"); the exact title comes first.
  const { options } = await searchFor(page, "transformer");
  await expect(options.first()).toHaveAttribute("href", "/terms/transformer/");
  await expect(options.first()).toContainText("Model architecture"); // the category
  await options.first().click();
  await expect(page).toHaveURL(/\/terms\/transformer\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Transformer");
});

test("finds a term by its abbreviation", async ({ page }) => {
  await page.goto("/");
  const { options } = await searchFor(page, "LLM");
  await expect(options.first()).toContainText("Large language model");
  // The short definition is shown with the result.
  await expect(options.first()).toContainText("trained on");
});

test("spacing and hyphen variants of a name find the same entry first", async ({ page }) => {
  await page.goto("/");
  for (const query of ["fine-tuning", "fine tuning", "finetuning", "Large Language Models"]) {
    const { options } = await searchFor(page, query);
    await expect(options.first()).toHaveAttribute("href", query.startsWith("L") ? "/terms/large-language-model/" : "/terms/fine-tuning/");
  }
});

test("works with the keyboard alone", async ({ page }) => {
  await page.goto("/terms/token/");
  await page.locator("body").press("/");
  const box = page.getByRole("combobox", { name: "Search the glossary" });
  await expect(box).toBeFocused();
  await page.keyboard.type("embedding");
  const options = page.getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  const active = await box.getAttribute("aria-activedescendant");
  await expect(page.locator(`#${active}`)).toHaveAttribute("aria-selected", "true");
  const target = await page.locator(`#${active}`).getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test("Escape closes the results", async ({ page }) => {
  await page.goto("/");
  const { box } = await searchFor(page, "diffusion");
  await box.press("Escape");
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");
});

test("says so when nothing matches", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search the glossary" }).fill("ЖЖЖЖ");
  await expect(page.getByRole("listbox", { name: "Search results" })).toContainText("No entry matches");
});

test("indexes the entry's own text and aliases, not the page's navigation or cards", async ({ page }) => {
  await page.goto("/");
  // Pagefind's script exists only on the built site, so its address is passed in rather than written in an import.
  const indexed = await page.evaluate(async (script) => {
    const pagefind = await import(/* @vite-ignore */ script);
    const search = await pagefind.search("transformer");
    const results = await Promise.all(search.results.map((r: { data(): Promise<{ url: string; content: string }> }) => r.data()));
    return results.find((r) => r.url === "/terms/transformer/")!.content;
  }, "/pagefind/pagefind.js");
  expect(indexed).toContain("Transformer"); // the title
  expect(indexed).toContain("Also called"); // the aliases
  for (const chrome of ["Skip to content", "A–Z index", "Related terms", "Mentioned in", "corrections welcome"]) {
    expect(indexed).not.toContain(chrome);
  }
});

test("a typo still finds the term, with a “Did you mean” when the words match nothing", async ({ page }) => {
  const fragments: string[] = [];
  page.on("request", (r) => r.url().includes("/pagefind/fragment/") && fragments.push(r.url()));
  await page.goto("/");
  const { box, options } = await searchFor(page, "transfomer");
  await expect(options.first()).toHaveAttribute("href", "/terms/transformer/");
  await expect(page.getByRole("listbox", { name: "Search results" })).toContainText("Did you mean Transformer?");
  // Pagefind matches "allignment" loosely on most pages; two of its hits tell that the full text does not use the word.
  fragments.length = 0;
  await box.fill("allignment");
  await expect(page.getByRole("listbox", { name: "Search results" })).toContainText("Did you mean AI alignment?");
  expect(fragments.length).toBeLessThanOrEqual(2);
});

test("a query the names answer needs none of Pagefind's index and offers no other word", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  const pagefindData = () => requested.filter((p) => /\/pagefind\/(index\/|fragment\/|.*\.pf_meta$|wasm)/.test(p));
  await page.goto("/");
  const { box, options } = await searchFor(page, "diffusion");
  const list = page.getByRole("listbox", { name: "Search results" });
  await expect(list).toHaveAttribute("data-complete", "diffusion");
  await expect(options).toHaveCount(9); // eight results and "See all results"
  await expect(options.first()).toHaveAttribute("href", "/terms/diffusion-model/");
  await expect(list).not.toContainText("Did you mean");
  // An entry's name, typed a key at a time: the names index answers, and the words on the way there
  // ("l", "la", ..., "large ", ...) fetch nothing of Pagefind's either.
  await box.fill("");
  await box.pressSequentially("large language models", { delay: 60 });
  await expect(list).toHaveAttribute("data-complete", "large language models");
  await expect(options.first()).toHaveAttribute("href", "/terms/large-language-model/");
  expect(pagefindData()).toEqual([]);
  // A query that names no entry brings in Pagefind's full-text hits, once the reader stops typing.
  await box.fill("");
  await box.pressSequentially("made up facts", { delay: 60 });
  await expect(list).toHaveAttribute("data-complete", "made up facts");
  expect(pagefindData().filter((p) => p.includes("/pagefind/index/")).length).toBeGreaterThan(0);
  await expect(options.first()).toHaveAttribute("href", /\/terms\//);
});

test("the full-text hits for an entry's name are on the results page", async ({ page }) => {
  await page.goto("/terms/token/");
  const { box, options } = await searchFor(page, "hallucination");
  await expect(page.locator("#site-search-results")).toHaveAttribute("data-complete", "hallucination");
  await expect(options.last()).toHaveText("See all results for “hallucination”");
  await box.press("ArrowUp");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=hallucination$/);
  const results = page.locator("[data-search-results] a");
  await expect(results.first()).toHaveAttribute("href", "/terms/hallucination/");
  // Entries that only mention the word are found by Pagefind.
  expect(await results.count()).toBeGreaterThan(3);
});

test("results mark the words that matched", async ({ page }) => {
  await page.goto("/");
  const { options } = await searchFor(page, "language model");
  await expect(options.first().locator("mark").first()).toHaveText(/language/i);
});

test("a result found by another name says which", async ({ page }) => {
  await page.goto("/");
  const { options } = await searchFor(page, "rag");
  await expect(options.first()).toHaveAttribute("href", "/terms/retrieval-augmented-generation/");
  await expect(options.first()).toContainText("Also called RAG");
  await expect(options.first().locator("mark").first()).toHaveText("RAG");
});

test("the results page can be shared, filtered by category, reloaded and gone Back to", async ({ page }) => {
  await page.goto("/search/?q=attention");
  const results = page.locator("[data-search-results] a");
  await expect(results.first()).toBeVisible();
  const all = await results.count();
  await page.getByRole("button", { name: "Language models" }).click();
  await expect(page).toHaveURL(/category=Language\+models/);
  const filtered = await results.count();
  expect(filtered).toBeLessThan(all);
  for (const category of await page.locator("[data-search-results] a > span:first-child").allTextContents()) {
    expect(category).toBe("Language models");
  }
  await page.reload();
  await expect(page.getByRole("button", { name: "Language models" })).toHaveAttribute("aria-pressed", "true");
  await expect(results).toHaveCount(filtered);
  await results.first().click();
  await expect(page).toHaveURL(/\/terms\//);
  await page.goBack();
  await expect(page.locator("#search-page-input")).toHaveValue("attention");
  await expect(results).toHaveCount(filtered);
});

test("Enter without a chosen result opens the results page", async ({ page }) => {
  await page.goto("/terms/token/");
  const box = page.getByRole("combobox", { name: "Search the glossary" });
  await box.fill("sampling");
  await expect(page.getByRole("option").first()).toBeVisible();
  await box.press("ArrowUp"); // to the last option: "See all results"
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=sampling$/);
  await expect(page.locator("[data-search-results] a").first()).toBeVisible();
});

test("nothing is loaded for search until the box is focused", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto("/terms/token/");
  await page.waitForLoadState("networkidle");
  expect(requested.filter((p) => p.includes("pagefind") || p.includes("search-names"))).toEqual([]);
  const box = page.getByRole("combobox", { name: "Search the glossary" });
  await box.focus();
  await expect.poll(() => requested.some((p) => p.endsWith("pagefind.js"))).toBe(true);
  // The names index comes in parts by first letter: typing fetches the one the query needs, and no other.
  await box.fill("token");
  await expect.poll(() => requested.filter((p) => p.includes("/search-names/"))).toEqual([expect.stringMatching(/\/search-names\/t\.json$/)]);
});

test("when the full-text hits complete the list, the reader's choice stays and a closed list stays closed", async ({ page }) => {
  // Slow the full-text part down, so that the reader acts between the names-index hits and the complete list.
  await page.route("**/pagefind/fragment/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("/terms/token/");
  const box = page.getByRole("combobox", { name: "Search the glossary" });
  const list = page.locator("#site-search-results");
  await box.fill("sampling");
  await expect(page.getByRole("option").first()).toBeVisible();
  await box.press("ArrowUp"); // to "See all results", before the list is complete
  await expect(list).toHaveAttribute("data-complete", "sampling");
  await expect(page.getByRole("option", { selected: true })).toHaveText(/See all results/);

  // Escape once this query's first results are shown...
  await box.fill("diffusion");
  await expect(list).toHaveAttribute("data-query", "diffusion");
  await box.press("Escape");
  await expect(list).toHaveAttribute("data-complete", "diffusion");
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeHidden();

  // ...and while the previous query's list still shows and this one's results are on their way.
  await box.fill("sampling");
  await expect(list).toHaveAttribute("data-complete", "sampling");
  await page.route("**/search-names/g.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await box.fill("gradient");
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeVisible();
  await box.press("Escape");
  await expect(list).toHaveAttribute("data-complete", "gradient");
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeHidden();
  await expect(box).toHaveValue("gradient");
});
