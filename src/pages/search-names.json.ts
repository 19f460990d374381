import type { APIRoute } from "astro";
import { getGlossary } from "../data/glossary.ts";
import { buildNameIndex } from "../lib/search-rank.ts";
import { getCategory } from "../lib/categories.ts";
import { termUrl } from "../lib/urls.ts";

/** Every entry's names, for exact and typo matches in the search box (see src/lib/search-rank.ts). */
export const GET: APIRoute = async () => {
  const { terms } = await getGlossary();
  const index = buildNameIndex(
    terms.map((t) => ({
      title: t.data.title,
      aliases: t.data.aliases,
      url: termUrl(t.id),
      category: getCategory(t.data.category).label,
    })),
  );
  return new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json" } });
};
