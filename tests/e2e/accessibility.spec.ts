import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = {
  home: "/",
  term: "/terms/attention-mechanism/",
  "term with a diagram and two tables": "/terms/stable-diffusion/",
  index: "/terms/",
  category: "/categories/foundations/",
  categories: "/categories/",
  search: "/search/?q=attention",
  about: "/about/",
  paths: "/paths/",
  path: "/paths/start-here/",
  "term in a path": "/terms/transformer/?path=start-here",
  map: "/map/",
  timeline: "/timeline/",
  comparisons: "/compare/",
  compare: "/compare/rlhf-vs-direct-preference-optimization/",
  "404": "/no-such-page/",
};

for (const colorScheme of ["light", "dark"] as const) {
  for (const [name, path] of Object.entries(pages)) {
    test(`${name} page has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}

test("search results have no axe violations", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search the glossary" }).fill("model");
  await expect(page.getByRole("option").first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include("form[role=search]").analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/terms/token/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
