/**
 * The `_headers` file that Netlify and Cloudflare Pages read: the pages'
 * Content-Security-Policy as an HTTP header (where frame-ancestors works, unlike
 * in a <meta>), the other usual security headers, and long-lived caching for
 * Astro's content-hashed assets.
 */
export interface PagePolicy {
  /** The page's URL path, e.g. "/terms/lora/". */
  path: string;
  /** The content of its Content-Security-Policy <meta>. */
  csp: string;
}

const SECURITY_HEADERS = [
  "X-Content-Type-Options: nosniff",
  "Referrer-Policy: strict-origin-when-cross-origin",
  "X-Frame-Options: DENY",
  "Permissions-Policy: camera=(), microphone=(), geolocation=()",
];

/** Reads the CSP <meta> of a built page, if it has one. */
export function readCspMeta(html: string): string | undefined {
  const match = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
  return match?.[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

export function buildHeadersFile(pages: PagePolicy[], base = "/"): string {
  const policies = new Map<string, string[]>();
  for (const { path, csp } of pages) policies.set(csp, [...(policies.get(csp) ?? []), path]);
  const header = (csp: string) => `  Content-Security-Policy: ${csp.trim().replace(/;?$/, ";")} frame-ancestors 'none'`;
  const rules = [`${base}*`, ...SECURITY_HEADERS.map((h) => `  ${h}`)];
  if (policies.size === 1) {
    rules.push(header([...policies.keys()][0]));
  } else {
    // Pages whose scripts differ get a rule each, with their own policy.
    for (const [csp, paths] of policies) for (const path of paths) rules.push("", path, header(csp));
  }
  rules.push("", `${base}_astro/*`, "  Cache-Control: public, max-age=31536000, immutable");
  return `${rules.join("\n")}\n`;
}
