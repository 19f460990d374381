/**
 * Search benchmark (prints figures; never fails): for the real corpus and a
 * corpus of 5,000 generated entries, the bytes the first query transfers
 * (everything the server sends from focusing the box to the complete results), and the
 * keystroke-to-results time of the search box (median and p95 over the
 * queries), in headless Chromium.
 *   node scripts/bench-search.ts [--real-only] [--site=<a built site of 5,000 entries>]
 * The real corpus is measured on dist/ (built first if missing); the 5,000
 * entries are built by `scripts/bench.ts --sizes=5000 --keep`.
 */
import { chromiumLaunchOptions } from "./lib/chromium.ts";
import { chromium, type Browser } from "@playwright/test";
import { execFileSync, spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { QUERIES } from "../tests/search/evaluate.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

/**
 * A static server for a built site that gzips text, as a static host or CDN would (Pagefind's
 * index files are compressed already). It counts the bytes it sends (bodies and status lines
 * and headers), so that every request is counted, a web worker's included.
 */
function serve(dir: string): Promise<Server & { bytesSent: number }> {
  const server = Object.assign(
    createServer((request, response) => {
      let file = path.join(dir, decodeURIComponent(new URL(request.url!, "http://x").pathname));
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
      if (!existsSync(file)) return response.writeHead(404).end();
      const type = TYPES[path.extname(file)];
      let body = readFileSync(file);
      const headers: Record<string, string> = { "Content-Type": type ?? "application/octet-stream" };
      if (type && type !== "application/wasm" && /gzip/.test(String(request.headers["accept-encoding"]))) {
        body = gzipSync(body);
        headers["Content-Encoding"] = "gzip";
      }
      response.writeHead(200, headers).end(body);
      server.bytesSent += body.length + Object.entries(headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 17);
    }),
    { bytesSent: 0 },
  );
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function measure(browser: Browser, dir: string, queries: string[]) {
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const terms: { url: string }[] = JSON.parse(readFileSync(path.join(dir, "terms.json"), "utf8")).terms;
    await page.goto(origin + new URL(terms[0].url).pathname);
    // First query: everything fetched from focusing the box until its complete results show.
    await page.waitForLoadState("networkidle");
    const before = server.bytesSent;
    await page.locator("#site-search").fill(queries[0]);
    await page.waitForFunction((q) => document.querySelector<HTMLElement>("#site-search-results")?.dataset.complete === q, queries[0]);
    await page.waitForTimeout(500);
    const firstQueryBytes = server.bytesSent - before;
    // Keystroke to results: from the input event to the first rendered list (names-index hits come first)
    // and to the complete list (with Pagefind's full-text hits), for each query.
    const first: number[] = [];
    const complete: number[] = [];
    for (const query of queries) {
      const [toFirst, toComplete] = await page.evaluate(
        (q) =>
          new Promise<[number, number]>((resolve, reject) => {
            setTimeout(() => reject(new Error(`No complete results for "${q}" within 20 s.`)), 20_000);
            const input = document.querySelector<HTMLInputElement>("#site-search")!;
            const list = document.querySelector<HTMLElement>("#site-search-results")!;
            let shown: number | undefined;
            const observer = new MutationObserver(() => {
              if (shown === undefined && list.textContent?.includes(`“${q}”`)) shown = performance.now() - start;
              if (list.dataset.complete === q) {
                observer.disconnect();
                resolve([shown ?? performance.now() - start, performance.now() - start]);
              }
            });
            observer.observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-complete"] });
            const start = performance.now();
            input.value = q;
            input.dispatchEvent(new Event("input"));
          }),
        query,
      );
      first.push(toFirst);
      complete.push(toComplete);
    }
    await context.close();
    return {
      pages: terms.length,
      firstQueryBytes,
      first: { median: percentile(first, 0.5), p95: percentile(first, 0.95) },
      complete: { median: percentile(complete, 0.5), p95: percentile(complete, 0.95) },
      queries: queries.length,
    };
  } finally {
    server.close();
  }
}

function buildSynthetic(): { dir: string; cleanUp: () => void } {
  const run = spawnSync(process.execPath, ["scripts/bench.ts", "--sizes=5000", "--keep"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  const kept = run.stderr.match(/bench: kept (.+)/)?.[1].trim();
  if (!kept) throw new Error(`scripts/bench.ts did not keep its builds:\n${run.stderr}`);
  const out = readdirSync(kept)
    .map((d) => path.join(kept, d, "out"))
    .filter((d) => existsSync(path.join(d, "terms.json")))
    .sort((a, b) => JSON.parse(readFileSync(path.join(b, "terms.json"), "utf8")).count - JSON.parse(readFileSync(path.join(a, "terms.json"), "utf8")).count)[0];
  return { dir: out, cleanUp: () => rmSync(kept, { recursive: true, force: true }) };
}

const realQueries = QUERIES.map((q) => q.query);
if (!existsSync(path.join(ROOT, "dist", "terms.json"))) execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
const browser = await chromium.launch(chromiumLaunchOptions);
const rows: [string, Awaited<ReturnType<typeof measure>>][] = [];
try {
  rows.push(["real corpus", await measure(browser, path.join(ROOT, "dist"), realQueries)]);
  if (!process.argv.includes("--real-only")) {
    const site = process.argv.find((a) => a.startsWith("--site="))?.slice("--site=".length);
    if (!site) console.error("Building 5,000 entries (a few minutes)…");
    const synthetic = site ? { dir: path.resolve(site), cleanUp: () => {} } : buildSynthetic();
    try {
      const titles: string[] = JSON.parse(readFileSync(path.join(synthetic.dir, "terms.json"), "utf8")).terms.map((t: { title: string }) => t.title);
      // Real queries (which find the real entries among the generated ones) and generated titles.
      const queries = [...realQueries.slice(0, 40), ...titles.filter((_, i) => i % 250 === 7).slice(0, 20)];
      rows.push(["5,000 entries", await measure(browser, synthetic.dir, queries)]);
    } finally {
      synthetic.cleanUp();
    }
  }
} finally {
  await browser.close();
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
console.log("                                               keystroke→first results   keystroke→complete results");
console.log("corpus          entries  first query (bytes, gzip)     median      p95          median      p95   queries");
for (const [name, r] of rows) {
  console.log(
    `${name.padEnd(15)} ${String(r.pages).padStart(7)}  ${r.firstQueryBytes.toLocaleString("en-US").padStart(25)}  ${ms(r.first.median).padStart(9)}  ${ms(r.first.p95).padStart(7)}       ${ms(r.complete.median).padStart(9)}  ${ms(r.complete.p95).padStart(7)}   ${r.queries}`,
  );
}
console.log("First results: the names index's hits, shown as soon as they are known; complete: with Pagefind's full-text hits.");
console.log("Targets: first query <= 150 KB transferred; median <= 50 ms at 5,000 entries.");
