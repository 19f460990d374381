// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import tailwindcss from "@tailwindcss/vite";
import { remarkTermLinks } from "./src/plugins/remark-term-links.ts";
import { rehypeTableCorners } from "./src/plugins/rehype-table-corners.ts";
import { pagefind } from "./src/integrations/pagefind.ts";

// BASE_PATH builds the site under a sub-path, e.g. BASE_PATH=/glossary/ for GitHub Pages.
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://ai-glossary.example.org",
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: {
    // unified, not the default Sätteri: the [[slug]] syntax is a remark plugin.
    processor: unified({ remarkPlugins: [remarkTermLinks], rehypePlugins: [rehypeTableCorners] }),
  },
  integrations: [mdx(), pagefind()],
  vite: { plugins: [tailwindcss()] },
});
