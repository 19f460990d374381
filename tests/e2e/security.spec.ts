import { expect, test, type Page } from "@playwright/test";

const pages = [
  "/",
  "/terms/",
  "/terms/transformer/",
  // An entry with code blocks: no highlighter may style them inline.
  "/terms/few-shot-learning/",
  "/categories/",
  "/categories/llm/",
  "/search/?q=token",
  "/map/",
  "/timeline/",
  "/compare/rlhf-vs-direct-preference-optimization/",
  "/no-such-page/",
];

/** Records requests to other origins and Content-Security-Policy violations while a page is used. */
function watch(page: Page) {
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["localhost", "127.0.0.1"].includes(url.hostname) && !url.protocol.startsWith("data")) foreign.push(request.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return { foreign, violations };
}

for (const path of pages) {
  test(`${path} requests nothing from another origin and breaks no CSP rule`, async ({ page }) => {
    const { foreign, violations } = watch(page);
    await page.goto(path);
    // Every page has a search box: the header's, or the results page's own.
    await page.getByRole("searchbox").or(page.getByRole("combobox")).first().fill("attention");
    await expect(page.getByRole("option").or(page.locator("[data-search-results] a")).first()).toBeVisible();
    await page.getByRole("button", { name: "Dark theme" }).click();
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test("every page carries a Content-Security-Policy without unsafe-inline scripts", async ({ request }) => {
  for (const path of pages.slice(0, -1)) {
    const html = await (await request.get(path)).text();
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
    expect(csp, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp, path).not.toContain("unsafe-inline");
  }
});

test("external links in an entry open without opener or referrer", async ({ page }) => {
  await page.goto("/terms/transformer/");
  const external = page.locator('main a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const rel of await external.evaluateAll((links) => links.map((a) => a.getAttribute("rel")))) {
    expect(rel).toBe("noopener noreferrer");
  }
});

test("entry text cannot inject markup into search results", async ({ page }) => {
  const hostile = {
    u: "/terms/transformer/",
    c: `<b>Category</b>`,
    n: [`<img src=x onerror="window.__injected=1">Evil term`, "eviltermxyz"],
    p: 0,
  };
  await page.route("**/search-names/e.json", (route) => route.fulfill({ json: [hostile] }));
  await page.route("**/search-shorts/0.json", (route) =>
    route.fulfill({ json: [`<script>window.__injected=2</script> A definition with markup.`] }),
  );
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search the glossary" }).fill("eviltermxyz");
  const option = page.getByRole("option").first();
  await expect(option).toContainText(`<img src=x onerror="window.__injected=1">Evil term`);
  await expect(option).toContainText("<script>window.__injected=2</script>");
  await expect(page.locator("[role=listbox] img, [role=listbox] script, [role=listbox] b")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});
