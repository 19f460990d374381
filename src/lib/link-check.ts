/**
 * Checks every internal link and #fragment of a built site. Works on a map of
 * page paths to HTML, so it is testable without a build; scripts/check-links.ts
 * feeds it the files of dist/.
 */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

export interface LinkCheckResult {
  pages: number;
  links: number;
  fragments: number;
  external: number;
  broken: BrokenLink[];
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

export class LinkChecker {
  /** Ids present in each page, keyed by the page's file path ("terms/lora/index.html"). */
  private readonly ids = new Map<string, Set<string>>();
  private readonly files: Map<string, string>;
  private readonly base: string;

  /** `files` maps every file's path in the build (HTML with its text, others with ""). */
  constructor(files: Map<string, string>, base = "/") {
    this.files = files;
    this.base = base;
    for (const [file, html] of files) {
      if (file.endsWith(".html")) this.ids.set(file, new Set([...html.matchAll(ID)].map((m) => decode(m[1]))));
    }
  }

  check(): LinkCheckResult {
    const result: LinkCheckResult = { pages: this.ids.size, links: 0, fragments: 0, external: 0, broken: [] };
    for (const page of this.ids.keys()) {
      for (const match of this.files.get(page)!.matchAll(ATTRIBUTE)) {
        const href = decode(match[1]);
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) {
          result.external++;
          continue;
        }
        result.links++;
        const reason = this.problemWith(page, href);
        if (href.includes("#")) result.fragments++;
        if (reason) result.broken.push({ page, href, reason });
      }
    }
    return result;
  }

  private problemWith(page: string, href: string): string | undefined {
    const [pathAndQuery, fragment] = href.split("#", 2);
    const path = pathAndQuery.split("?")[0];
    let target = page;
    if (path !== "") {
      const absolute = path.startsWith("/") ? path : new URL(path, `http://site${this.base}${page}`).pathname;
      if (!absolute.startsWith(this.base)) return `does not start with the base path ${this.base}`;
      const local = absolute.slice(this.base.length);
      const candidates = local === "" || local.endsWith("/") ? [`${local}index.html`] : [local];
      const found = candidates.find((c) => this.files.has(c));
      if (!found) {
        return this.files.has(`${local}/index.html`) ? "needs a trailing slash" : "no such page or file";
      }
      target = found;
    }
    if (fragment && !this.ids.get(target)?.has(fragment)) return `no element with id "${fragment}" on ${target}`;
    return undefined;
  }
}

function decode(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}
