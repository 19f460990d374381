// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { unified } from "@astrojs/markdown-remark";
import tailwindcss from "@tailwindcss/vite";
import { remarkTermLinks } from "./src/plugins/remark-term-links.ts";
import { rehypeTables } from "./src/plugins/rehype-tables.ts";
import { rehypeExternalLinks } from "./src/plugins/rehype-external-links.ts";
import { pagefind } from "./src/integrations/pagefind.ts";
import { securityHeaders } from "./src/integrations/headers.ts";

// BASE_PATH builds the site under a sub-path, e.g. BASE_PATH=/glossary/ for GitHub Pages.
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://ai-glossary.example.org",
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: {
    // unified, not the default Sätteri: the [[slug]] syntax is a remark plugin.
    processor: unified({ remarkPlugins: [remarkTermLinks], rehypePlugins: [rehypeTables, rehypeExternalLinks] }),
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
