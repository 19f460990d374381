/**
 * Search benchmark (prints figures; never fails): for the real corpus and a
 * corpus of 5,000 generated entries, the bytes the first query transfers
 * (everything the server sends from focusing the box to the complete results, for a
 * sample of queries, each in a new browser profile), and the keystroke-to-results time
 * of the search box (median and p95 over the queries), with each query pasted in one
 * input event and typed a key at a time, in headless Chromium.
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
const summary = (values: number[]) => ({ median: percentile(values, 0.5), p95: percentile(values, 0.95) });
const bytesSummary = (values: number[]) => ({ ...summary(values), max: Math.max(...values), over: values.filter((b) => b > 150 * 1024).length, of: values.length });

/** Milliseconds between a brisk typist's keystrokes (about 120 words a minute). */
const KEY_GAP_MS = 100;

/**
 * In the page: types `text` into the search box, a keystroke every `gap` ms, and resolves, after the last one,
 * with the times from its input event to the first rendered results for the whole text and to the complete results.
 */
function typeQuery([text, gap]: [string, number]): Promise<[number, number]> {
  const input = document.querySelector<HTMLInputElement>("#site-search")!;
  const list = document.querySelector<HTMLElement>("#site-search-results")!;
  // As the browser reports them: a keystroke inserts text, a paste inserts it from the clipboard.
  const key = (value: string, inputType = gap > 0 ? "insertText" : "insertFromPaste") => {
    input.value = value;
    input.dispatchEvent(new InputEvent("input", { inputType }));
  };
  return new Promise((resolve, reject) => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    void (async () => {
      key("", "deleteContentBackward");
      await sleep(Math.max(gap, 50));
      // Pasted (no gap): the whole text in one input event.
      for (let i = 1; gap > 0 && i < text.length; i++) {
        key(text.slice(0, i));
        await sleep(gap);
      }
      setTimeout(() => reject(new Error(`No complete results for "${text}" within 20 s.`)), 20_000);
      let shown: number | undefined;
      const observer = new MutationObserver(() => {
        if (shown === undefined && list.dataset.query === text) shown = performance.now() - start;
        if (list.dataset.complete === text) {
          observer.disconnect();
          resolve([shown ?? performance.now() - start, performance.now() - start]);
        }
      });
      observer.observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-complete", "data-query"] });
      const start = performance.now();
      key(text);
    })();
  });
}

async function measure(browser: Browser, dir: string, queries: string[]) {
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const terms: { url: string }[] = JSON.parse(readFileSync(path.join(dir, "terms.json"), "utf8")).terms;
  const open = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + new URL(terms[0].url).pathname);
    await page.waitForLoadState("networkidle");
    return { context, page };
  };
  try {
    // First query: everything fetched from focusing the box until its complete results show, in a new browser
    // profile each time, for every third query (what the first query needs depends on the query), pasted and typed.
    const firstQueryBytes = { pasted: [] as number[], typed: [] as number[] };
    for (const query of queries.filter((_, i) => i % 3 === 0)) {
      for (const input of ["pasted", "typed"] as const) {
        const { context, page } = await open();
        const before = server.bytesSent;
        const box = page.locator("#site-search");
        await box.focus();
        if (input === "typed") await box.pressSequentially(query, { delay: KEY_GAP_MS });
        else await page.evaluate(typeQuery, [query, 0] as [string, number]);
        await page.waitForFunction((q) => document.querySelector<HTMLElement>("#site-search-results")?.dataset.complete === q, query);
        await page.waitForTimeout(300);
        firstQueryBytes[input].push(server.bytesSent - before);
        if (process.env.BENCH_VERBOSE) console.error(`${query} (${input}): ${server.bytesSent - before}`);
        await context.close();
      }
    }
    // Keystroke to results, from the input event to the first rendered list (names-index hits come first) and to
    // the complete list (with Pagefind's full-text hits), one page for all queries. Pasted: the whole query arrives
    // in one input event. Typed: a keystroke at a time, timed from the last.
    const { context, page } = await open();
    const pasted = { first: [] as number[], complete: [] as number[] };
    const typed = { first: [] as number[], complete: [] as number[] };
    for (const query of queries) {
      const [first, complete] = await page.evaluate(typeQuery, [query, 0] as [string, number]);
      pasted.first.push(first);
      pasted.complete.push(complete);
    }
    for (const query of queries) {
      const [first, complete] = await page.evaluate(typeQuery, [query, KEY_GAP_MS] as [string, number]);
      typed.first.push(first);
      typed.complete.push(complete);
    }
    await context.close();
    return {
      pages: terms.length,
      bytes: { pasted: bytesSummary(firstQueryBytes.pasted), typed: bytesSummary(firstQueryBytes.typed) },
      pasted: { first: summary(pasted.first), complete: summary(pasted.complete) },
      typed: { first: summary(typed.first), complete: summary(typed.complete) },
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
      // Real queries of every kind (which find the real entries among the generated ones) and generated titles.
      const queries = [...realQueries.filter((_, i) => i % 2 === 0), ...titles.filter((_, i) => i % 250 === 7).slice(0, 20)];
      rows.push(["5,000 entries", await measure(browser, synthetic.dir, queries)]);
    } finally {
      synthetic.cleanUp();
    }
  }
} finally {
  await browser.close();
}

const ms = (v: number) => `${v.toFixed(0)} ms`.padStart(7);
const kb = (v: number) => `${(v / 1024).toFixed(0)} KB`.padStart(7);
console.log(`First query, bytes transferred (gzip), from focusing the box to the complete results, every third query in a new profile, pasted and typed (${KEY_GAP_MS} ms a key):`);
console.log("corpus          entries   input     median      p95      max   over 150 KB");
for (const [name, r] of rows) {
  for (const [input, b] of Object.entries(r.bytes)) {
    console.log(`${name.padEnd(15)} ${String(r.pages).padStart(7)}   ${input.padEnd(6)}  ${kb(b.median)}  ${kb(b.p95)}  ${kb(b.max)}   ${b.over} of ${b.of}`);
  }
}
console.log("\nKeystroke to results (first: the names index's hits; complete: the whole list, with Pagefind's full-text hits when the names do not");
console.log("answer the query; typed, Pagefind waits for the reader's pause after the last key, see pauseAfter in src/scripts/search-engine.ts):");
console.log(`corpus          entries   queries   input            first (median, p95)   complete (median, p95)`);
for (const [name, r] of rows) {
  for (const [input, t] of [["pasted", r.pasted], [`typed, ${KEY_GAP_MS} ms a key`, r.typed]] as const) {
    console.log(
      `${name.padEnd(15)} ${String(r.pages).padStart(7)}   ${String(r.queries).padStart(7)}   ${input.padEnd(18)}  ${ms(t.first.median)}  ${ms(t.first.p95)}         ${ms(t.complete.median)}  ${ms(t.complete.p95)}`,
    );
  }
}
console.log("\nTargets: first query <= 150 KB transferred; median <= 50 ms at 5,000 entries.");
