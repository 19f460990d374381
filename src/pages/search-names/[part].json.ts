import type { APIRoute, GetStaticPaths } from "astro";
import { getGlossary } from "../../data/glossary.ts";
import { buildNameIndex, buildNameParts, namePartFile, type NamedTerm } from "../../lib/search-rank.ts";
import { getCategory } from "../../lib/categories.ts";
import { termUrl } from "../../lib/urls.ts";

/** Every entry's names, split by first letter, for exact and typo matches in the search box (see src/lib/search-rank.ts). */
export const getStaticPaths = (async () => {
  const { terms } = await getGlossary();
  const index = buildNameIndex(
    terms.map((t) => ({ title: t.data.title, aliases: t.data.aliases, url: termUrl(t.id), category: getCategory(t.data.category).label })),
  );
  return [...buildNameParts(index)].map(([key, names]) => ({ params: { part: namePartFile(key) }, props: { names } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.names as NamedTerm[]), { headers: { "Content-Type": "application/json" } });
