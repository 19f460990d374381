/**
 * Takes screenshots of the built site's main page types at phone and desktop
 * width, light and dark, for a human to look at. Serve the build first
 * (`npm run preview`), then: node scripts/screenshots.ts [baseURL] [outDir]
 */
import { chromiumLaunchOptions } from "./lib/chromium.ts";
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const baseURL = process.argv[2] ?? "http://localhost:4321";
const outDir = process.argv[3] ?? "screenshots";
mkdirSync(outDir, { recursive: true });

const pages = [
  { name: "home", path: "/" },
  { name: "term", path: "/terms/foundation-model/" },
  { name: "index", path: "/terms/" },
  { name: "category", path: "/categories/llm/" },
  { name: "404", path: "/no-such-page/" },
];
const widths = [390, 1280];
const schemes = ["light", "dark"] as const;

const browser = await chromium.launch(chromiumLaunchOptions);
for (const width of widths) {
  for (const colorScheme of schemes) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    for (const { name, path } of pages) {
      await page.goto(baseURL + path);
      await page.screenshot({ path: `${outDir}/${name}-${width}-${colorScheme}.png`, fullPage: process.env.FULL_PAGE === "1" });
    }
    await page.goto(baseURL + "/");
    const search = page.locator("#home-search");
    await search.fill("LLM");
    await page.locator("#home-search-results [role=option]").first().waitFor();
    await page.screenshot({ path: `${outDir}/search-${width}-${colorScheme}.png` });
    await page.close();
  }
}
await browser.close();
console.log(`Screenshots written to ${outDir}/`);
