import type { APIRoute } from "astro";
import { getEntryData } from "../data/glossary.ts";
import { llmsTxt } from "../lib/machine-readable.ts";
import { CATEGORIES } from "../lib/categories.ts";
import { homeUrl } from "../lib/urls.ts";

/** Every term with its short definition, for language-model tools (llmstxt.org). */
export const GET: APIRoute = async ({ site }) =>
  new Response(llmsTxt(await getEntryData(site!), [...CATEGORIES], new URL(homeUrl(), site).href), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
