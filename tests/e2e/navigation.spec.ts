import { expect, test } from "@playwright/test";
import { publishedSlugs } from "./test-utils.ts";

test("a [[link]] in an entry's text leads to its target", async ({ page }) => {
  await page.goto("/terms/foundation-model/");
  const link = page.locator("article .prose a[data-term-link]").first();
  const slug = await link.getAttribute("data-term-link");
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/terms/${slug}/$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a related-term card leads to its entry", async ({ page }) => {
  await page.goto("/terms/transformer/");
  const related = page.getByRole("region", { name: "Related terms" });
  const card = related.getByRole("link").first();
  const title = (await card.locator("span").first().textContent())!.trim();
  await card.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("a term page shows its lead, sources and a way back", async ({ page }) => {
  await page.goto("/terms/diffusion-model/");
  await expect(page.locator("[data-pagefind-meta=short]")).not.toBeEmpty();
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /All terms, A to Z/ })).toHaveAttribute("href", "/terms/");
});

test("the A–Z index lists every entry, and its letters lead to their sections", async ({ page }) => {
  await page.goto("/terms/");
  const listed = await page.locator("[data-term-entry]").evaluateAll((els) => els.map((e) => e.getAttribute("data-term-entry")));
  expect(listed.sort()).toEqual(publishedSlugs());
  await page.getByRole("navigation", { name: "Letters" }).getByRole("link", { name: "T", exact: true }).click();
  await expect(page).toHaveURL(/#t$/);
  await expect(page.locator("#t")).toBeInViewport();
});

test("on a phone, every letter of the A–Z index shows without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/terms/");
  const letters = page.getByRole("navigation", { name: "Letters" }).getByRole("listitem");
  expect(await letters.count()).toBeGreaterThanOrEqual(26);
  for (const letter of await letters.all()) {
    await expect(letter).toBeInViewport({ ratio: 1 });
    expect((await letter.boundingBox())!.width).toBeGreaterThanOrEqual(24); // a target a finger can hit
  }
});

test("every category page lists its entries", async ({ page }) => {
  await page.goto("/categories/");
  const links = await page.locator("main h2 a").evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThan(0);
  for (const path of links) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("main li a").first()).toBeVisible();
  }
});

test("an unknown address shows the 404 page with search and a way to the index", async ({ page }) => {
  const response = await page.goto("/terms/no-such-term/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
  await expect(page.getByRole("combobox", { name: "Search the glossary" })).toBeVisible();
  await page.getByRole("link", { name: "Browse all terms, A to Z" }).click();
  await expect(page).toHaveURL(/\/terms\/$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("entries and the index can be read, and the search box leads to the index", async ({ page }) => {
    await page.goto("/terms/token/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Token");
    await expect(page.locator("article .prose h2").first()).toBeVisible();
    await page.getByRole("combobox", { name: "Search the glossary" }).fill("token");
    await page.getByRole("combobox", { name: "Search the glossary" }).press("Enter");
    await expect(page).toHaveURL(/\/terms\/\?q=token$/);
    await expect(page.locator("[data-term-entry]").first()).toBeVisible();
  });
});

test("the theme toggle switches and remembers the theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.goto("/terms/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe("rgb(21, 22, 26)");
});
