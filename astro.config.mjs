// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import tailwindcss from "@tailwindcss/vite";
import { termLinks } from "./src/plugins/term-links.ts";
import { tables } from "./src/plugins/tables.ts";
import { externalLinks } from "./src/plugins/external-links.ts";
import { pagefind } from "./src/integrations/pagefind.ts";
import { securityHeaders } from "./src/integrations/headers.ts";

// BASE_PATH builds the site under a sub-path, e.g. BASE_PATH=/glossary/ for GitHub Pages.
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://ai-glossary.example.org",
  base,
  trailingSlash: "always",
  // Four pages rendered at a time, so that writing one page's file overlaps rendering the next.
  build: { format: "directory", concurrency: 4 },
  markdown: {
    // No syntax highlighting: Shiki colors code with inline style attributes, which the
    // Content-Security-Policy blocks. Code in entries is short prompts and JSON, set in the
    // prose's own code style.
    syntaxHighlight: false,
    // Sätteri, Astro's default processor, with the site's three plugins (src/plugins/). It
    // compiles MDX in Rust, several times faster than unified (docs/benchmarks.md).
    processor: satteri({ mdastPlugins: [termLinks], hastPlugins: [tables, externalLinks] }),
  },
  security: {
    // A Content-Security-Policy <meta> on every page, with hashes of Astro's scripts and
    // styles; scripts/write-headers.ts copies it into dist/_headers for hosts that read it.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly; 'self' loads its module from /pagefind/.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [mdx(), sitemap(), pagefind(), securityHeaders()],
  vite: { plugins: [tailwindcss()] },
});
