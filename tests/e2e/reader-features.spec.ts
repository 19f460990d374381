import { expect, test } from "@playwright/test";

test("“On this page” lists the sections and its links lead to them", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/terms/context-window/");
  const toc = page.getByRole("navigation", { name: "On this page" }).filter({ visible: true });
  await expect(toc.getByRole("link")).toContainText(["In plain words", "How it works"]);
  await toc.getByRole("link", { name: "Limitations and risks" }).click();
  await expect(page).toHaveURL(/#limitations-and-risks$/);
  await expect(page.locator("#limitations-and-risks")).toBeInViewport();
});

test("on a phone, “On this page” is collapsed until opened", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/terms/context-window/");
  const toc = page.getByRole("navigation", { name: "On this page" }).filter({ visible: true });
  await expect(toc.getByRole("link", { name: "How it works" })).toBeHidden();
  await toc.getByText("On this page").click();
  await toc.getByRole("link", { name: "How it works" }).click();
  await expect(page.locator("#how-it-works")).toBeInViewport();
});

test("the citation and link copy buttons put the text on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/terms/token/");
  await page.getByRole("button", { name: "Copy the APA citation" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^AI Glossary\. \(\d{4}, \w+ \d+\)\. Token\. AI Glossary\. https?:\/\/.+\/terms\/token\/$/);
  await page.getByRole("button", { name: "Copy the BibTeX citation" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{aiglossary-token,/);
  await page.getByRole("button", { name: "Copy link" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/terms\/token\/$/);
});

test("share, assistant and report links are plain links built for the entry", async ({ page }) => {
  await page.goto("/terms/token/");
  await expect(page.getByRole("link", { name: "Hacker News" })).toHaveAttribute("href", /news\.ycombinator\.com\/submitlink\?u=.*terms%2Ftoken%2F/);
  await expect(page.getByRole("link", { name: "Claude" })).toHaveAttribute("href", /^https:\/\/claude\.ai\/new\?q=.*Token/);
  await expect(page.getByRole("link", { name: "Suggest an edit" })).toHaveAttribute("href", /\/edit\/main\/content\/terms\/token\.mdx$/);
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  await page.getByRole("link", { name: "How entries are made" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About the AI Glossary");
});

test("an entry prints without the site's chrome, with its sources", async ({ page }) => {
  await page.goto("/terms/token/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header")).toBeHidden();
  await expect(page.locator(".entry-tools")).toBeHidden();
  await expect(page.getByRole("region", { name: "Related terms" })).toBeHidden();
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.getByRole("region", { name: "Sources" })).toBeVisible();
});

test.describe("previews of linked entries", () => {
  test("hovering a [[link]] shows the target's title, category and definition; Escape closes it", async ({ page }) => {
    const requests: string[] = [];
    await page.goto("/terms/transformer/");
    page.on("request", (r) => requests.push(r.url()));
    const link = page.locator("article .prose a[data-term-link]").first();
    const description = await link.getAttribute("aria-description");
    expect(description?.length).toBeGreaterThan(60);
    await link.hover();
    const card = page.getByRole("dialog", { name: "Preview" });
    await expect(card).toBeVisible();
    await expect(card).toContainText(description!);
    await expect(card).toContainText((await link.getAttribute("data-title"))!);
    expect(requests.filter((u) => !u.endsWith("/favicon.svg"))).toEqual([]); // the text was already in the page
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
  });

  test("focusing a [[link]] with the keyboard shows its preview", async ({ page }) => {
    await page.goto("/terms/transformer/");
    await page.locator("article .prose a[data-term-link]").first().focus();
    await expect(page.getByRole("dialog", { name: "Preview" })).toBeVisible();
  });
});

test.describe("previews on touch", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test("a first tap shows the card with a link to the entry", async ({ page }) => {
    await page.goto("/terms/transformer/");
    const link = page.locator("article .prose a[data-term-link]").first();
    const href = await link.getAttribute("href");
    await link.tap();
    const card = page.getByRole("dialog", { name: "Preview" });
    await expect(card).toBeVisible();
    await expect(page).toHaveURL(/\/terms\/transformer\/$/);
    await card.getByRole("link", { name: /Read the entry/ }).tap();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});

test("a learning path leads from step to step, and entries show where they are in it", async ({ page }) => {
  await page.goto("/paths/");
  await page.getByRole("link", { name: /Inside the transformer/ }).click();
  const steps = page.locator("[data-path-steps] li");
  expect(await steps.count()).toBeGreaterThanOrEqual(6);
  await page.getByRole("link", { name: /^Start with/ }).click();
  const nav = page.getByRole("navigation", { name: /Learning path: Inside the transformer/ });
  await expect(nav).toContainText("Step 1 of");
  const next = nav.getByRole("link", { name: /^Next:/ });
  const nextTitle = (await next.textContent())!.replace(/^Next: /, "").replace(/ →$/, "").trim();
  await next.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nextTitle);
  await expect(page.getByRole("navigation", { name: /Learning path: Inside the transformer/ })).toContainText("Step 2 of");
  // The same entry reached another way shows no path.
  await page.goto(page.url().replace(/\?.*$/, ""));
  await expect(page.locator("[data-path-nav]").first()).toBeHidden();
});
