/** Writes dist/_headers after the build, from the CSP Astro put in each page (src/lib/headers.ts). */
import type { AstroIntegration } from "astro";
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { buildHeadersFile, readCspMeta, type PagePolicy } from "../lib/headers.ts";

export function securityHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "ai-glossary:headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: PagePolicy[] = [];
        for (const file of readdirSync(root, { recursive: true }) as string[]) {
          if (!file.endsWith(".html")) continue;
          const csp = readCspMeta(readHead(path.join(root, file)));
          const urlPath = base + file.split(path.sep).join("/").replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "");
          if (csp) pages.push({ path: urlPath, csp });
        }
        writeFileSync(path.join(root, "_headers"), buildHeadersFile(pages, base));
        const policies = new Set(pages.map((p) => p.csp)).size;
        logger.info(`_headers written: ${policies} ${policies === 1 ? "policy" : "policies"} for ${pages.length} pages`);
      },
    },
  };
}

/** The start of an HTML file, through </head> (where Astro puts the CSP meta), without reading the whole page. */
function readHead(file: string, bytes = 32 * 1024): string {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const start = buffer.toString("utf8", 0, readSync(fd, buffer, 0, bytes, 0));
    return start.includes("</head>") ? start : readFileSync(file, "utf8");
  } finally {
    closeSync(fd);
  }
}
