import { expect, test } from "@playwright/test";

// The site built with BASE_PATH=/glossary/ (dist-subpath/), as for a GitHub Pages project site.
test("under a sub-path, search finds a term and its result opens under the same sub-path", async ({ page }) => {
  await page.goto("/glossary/");
  await page.getByRole("combobox", { name: "Search the glossary" }).fill("LLM");
  const first = page.getByRole("option").first();
  await expect(first).toHaveAttribute("href", "/glossary/terms/large-language-model/");
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Large language model");
  await page.locator("article .prose a[data-term-link]").first().click();
  await expect(page).toHaveURL(/\/glossary\/terms\/[a-z-]+\/$/);
});
