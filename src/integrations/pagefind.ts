/**
 * Indexes the built site with Pagefind after every `astro build`, so that the
 * built site always ships its search index (Pagefind cannot run under `astro dev`).
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as pagefindApi from "pagefind";

export function pagefind(): AstroIntegration {
  return {
    name: "ai-glossary:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const log = logger.fork("pagefind");
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefindApi.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join("; "));
          const written = await index.writeFiles({ outputPath: path.join(site, "pagefind") });
          if (written.errors.length > 0) throw new Error(written.errors.join("; "));
          log.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } catch (error) {
          throw new Error("Building the search index failed.", { cause: error });
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
