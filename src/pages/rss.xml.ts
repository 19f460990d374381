import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getEntryData } from "../data/glossary.ts";
import { SITE_DESCRIPTION, SITE_NAME } from "../lib/machine-readable.ts";
import { homeUrl } from "../lib/urls.ts";

/** New and updated entries, most recent first. */
export const GET: APIRoute = async ({ site }) => {
  const entries = (await getEntryData(site!)).sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title));
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: new URL(homeUrl(), site).href,
    items: entries.map((e) => ({ title: e.title, link: e.url, description: e.short, pubDate: e.updated, categories: [e.categoryLabel] })),
  });
};
