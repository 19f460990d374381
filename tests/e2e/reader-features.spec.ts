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

test("a term page's concept map shows its related terms around it, as a picture of the lists below it", async ({ page }) => {
  await page.goto("/terms/lora/");
  const related = await page.locator("#related + ul a[href*='/terms/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const map = page.locator(".concept-map-figure svg");
  await expect(map).toHaveAttribute("aria-hidden", "true");
  expect(await map.locator(".concept-map-center text").textContent()).toBe("LoRA");
  const nodes = await map.locator("a").evaluateAll((links) => links.map((a) => ({ href: a.getAttribute("href"), tabindex: a.getAttribute("tabindex") })));
  // Every related term is on the map, and no node is reached with Tab (the cards below carry the same links).
  expect(nodes.map((n) => n.href)).toEqual(expect.arrayContaining(related));
  expect(new Set(nodes.map((n) => n.tabindex))).toEqual(new Set(["-1"]));
  // Solid lines lead to related terms, dashed ones to entries that only mention LoRA.
  expect(await map.locator("line:not([stroke-dasharray])").count()).toBe(related.length);
});

test("the glossary map has one link per entry, reachable with the keyboard", async ({ page, request }) => {
  const { count } = await (await request.get("/terms.json")).json();
  await page.goto("/map/");
  const map = page.getByRole("group", { name: `Map of all ${count} terms` });
  await expect(map.getByRole("link")).toHaveCount(count);
  await page.locator(".map-scroll").focus();
  await page.keyboard.press("Tab");
  await expect(map.getByRole("link").first()).toBeFocused();
});

test("the timeline runs oldest first, and each milestone links to its entries and its source", async ({ page }) => {
  await page.goto("/timeline/");
  const dates = await page.locator(".timeline-item time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
  expect(dates.length).toBeGreaterThanOrEqual(20);
  expect(dates).toEqual([...dates].sort());
  expect(dates[0].startsWith("2017")).toBe(true);
  for (const item of await page.locator(".timeline-item").all()) {
    await expect(item.locator("a[href*='/terms/']").first()).toBeVisible();
    await expect(item.locator("a[href^='http']")).toHaveCount(1);
  }
});

test("a compare page is linked from both of its entries and sets them side by side", async ({ page }) => {
  for (const entry of ["rlhf", "direct-preference-optimization"]) {
    await page.goto(`/terms/${entry}/`);
    await page.getByRole("complementary", { name: "Often confused" }).getByRole("link", { name: "RLHF vs DPO" }).click();
    await expect(page).toHaveURL(/\/compare\/rlhf-vs-direct-preference-optimization\/$/);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("RLHF vs DPO");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["RLHF", "DPO"]);
  expect(await table.getByRole("rowheader").count()).toBeGreaterThanOrEqual(4);
});
