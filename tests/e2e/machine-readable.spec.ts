import { expect, test } from "@playwright/test";
import { publishedSlugs } from "./test-utils.ts";

test("terms.json lists every entry in the documented format", async ({ request }) => {
  const json = await (await request.get("/terms.json")).json();
  expect(json.version).toBe(1);
  expect(json.count).toBe(publishedSlugs().length);
  expect(json.terms.map((t: { slug: string }) => t.slug).sort()).toEqual(publishedSlugs());
  const token = json.terms.find((t: { slug: string }) => t.slug === "token");
  expect(Object.keys(token)).toEqual(["slug", "title", "aliases", "short", "category", "level", "related", "url", "updated"]);
  expect(new URL(token.url).pathname).toBe("/terms/token/");
});

test("a term page describes itself as a schema.org DefinedTerm, with Open Graph and canonical tags", async ({ page }) => {
  await page.goto("/terms/large-language-model/");
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data).toMatchObject({ "@type": "DefinedTerm", name: "Large language model", inDefinedTermSet: { "@type": "DefinedTermSet" } });
  expect(data.alternateName).toContain("LLM");
  expect(data.description).toBe(await page.locator("[data-pagefind-meta=short]").textContent().then((t) => t!.trim()));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Large language model");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/terms\/large-language-model\/$/);
});

test("the index is a DefinedTermSet of every entry", async ({ page }) => {
  await page.goto("/terms/");
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data["@type"]).toBe("DefinedTermSet");
  expect(data.hasDefinedTerm).toHaveLength(publishedSlugs().length);
});

test("sitemap, robots.txt, RSS and llms.txt cover the entries", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: .*\/sitemap-index\.xml$/m);
  const sitemap = await (await request.get("/sitemap-0.xml")).text();
  expect(sitemap).toContain("/terms/transformer/</loc>");
  const rss = await (await request.get("/rss.xml")).text();
  expect(rss.match(/<item>/g)).toHaveLength(publishedSlugs().length);
  const llms = await (await request.get("/llms.txt")).text();
  expect(llms).toMatch(/^# AI Glossary/);
  expect(llms).toContain("[Transformer](");
  expect(llms.match(/^- \[/gm)).toHaveLength(publishedSlugs().length);
});
