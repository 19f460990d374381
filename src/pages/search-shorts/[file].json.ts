import type { APIRoute, GetStaticPaths } from "astro";
import { getGlossary } from "../../data/glossary.ts";
import { buildShortFiles } from "../../lib/search-rank.ts";

/** The short definitions, in the names index's order, a file per SHORTS_PER_FILE entries (see src/lib/search-rank.ts). */
export const getStaticPaths = (async () => {
  const { terms } = await getGlossary();
  return buildShortFiles(terms.map((t) => t.data.short)).map((shorts, file) => ({ params: { file: String(file) }, props: { shorts } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.shorts), { headers: { "Content-Type": "application/json" } });
