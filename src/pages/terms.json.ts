import type { APIRoute } from "astro";
import { getEntryData } from "../data/glossary.ts";
import { termsJson } from "../lib/machine-readable.ts";
import { homeUrl } from "../lib/urls.ts";

/** Every entry's metadata, in the stable format documented in the README. */
export const GET: APIRoute = async ({ site }) => {
  const json = termsJson(await getEntryData(site!), new URL(homeUrl(), site).href);
  return new Response(JSON.stringify(json, null, 2), { headers: { "Content-Type": "application/json" } });
};
