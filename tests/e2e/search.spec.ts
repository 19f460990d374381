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
  const indexed = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ "/pagefind/pagefind.js");
    const search = await pagefind.search("transformer");
    const results = await Promise.all(search.results.map((r: { data(): Promise<{ url: string; content: string }> }) => r.data()));
    return results.find((r) => r.url === "/terms/transformer/")!.content;
  });
  expect(indexed).toContain("Transformer"); // the title
  expect(indexed).toContain("Also called"); // the aliases
  for (const chrome of ["Skip to content", "A–Z index", "Related terms", "Mentioned in", "corrections welcome"]) {
    expect(indexed).not.toContain(chrome);
  }
});
