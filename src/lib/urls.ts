/**
 * Every internal URL is built here, so that the site works under a sub-path
 * (`BASE_PATH=/glossary/ npm run build`). Paths end with a slash, as the built
 * pages are directories.
 */
const DEFAULT_BASE: string = import.meta.env?.BASE_URL ?? "/";

export function withBase(path: string, base: string = DEFAULT_BASE): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, "");
}

export const homeUrl = (base?: string) => withBase("", base);
export const indexUrl = (base?: string) => withBase("terms/", base);
export const termUrl = (slug: string, base?: string) => withBase(`terms/${slug}/`, base);
export const categoryUrl = (category: string, base?: string) => withBase(`categories/${category}/`, base);
export const categoriesUrl = (base?: string) => withBase("categories/", base);
export const searchUrl = (query?: string, base?: string) =>
  withBase("search/", base) + (query ? `?q=${encodeURIComponent(query)}` : "");
export const pathsUrl = (base?: string) => withBase("paths/", base);
export const pathUrl = (id: string, base?: string) => withBase(`paths/${id}/`, base);
/** An entry as a step of a learning path: the entry shows the path's previous and next steps. */
export const termInPathUrl = (slug: string, pathId: string, base?: string) => `${termUrl(slug, base)}?path=${pathId}`;
export const mapUrl = (base?: string) => withBase("map/", base);
export const timelineUrl = (base?: string) => withBase("timeline/", base);
export const compareIndexUrl = (base?: string) => withBase("compare/", base);
/** A page comparing two entries side by side; its id is "<a>-vs-<b>". */
export const compareUrl = (id: string, base?: string) => withBase(`compare/${id}/`, base);
