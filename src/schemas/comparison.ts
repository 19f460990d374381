/**
 * The content model of the compare pages (content/comparisons.yaml): two entries side by
 * side, restating what the entries say. Every message names the field, what is allowed,
 * and the fix; Astro adds the comparison's id and file.
 */
import { z } from "astro/zod";
import { SLUG, sourceSchema } from "./term.ts";

const cell = (field: string) =>
  z.string({ error: `${field} is required: one short phrase or sentence.` }).min(1).max(160, { error: `${field} must be at most 160 characters: one short phrase or sentence.` });

export const comparisonSchema = z.object({
  a: z.string().regex(SLUG, { error: "a must be the slug of an entry, e.g. foundation-model." }),
  b: z.string().regex(SLUG, { error: "b must be the slug of an entry, e.g. large-language-model." }),
  /** The one difference a reader must take away, then how the two relate. */
  summary: z.string().min(80).max(450, { error: "summary must be 80–450 characters: 2–3 plain sentences." }),
  rows: z
    .array(z.object({ aspect: cell("aspect"), a: cell("a"), b: cell("b") }))
    .min(4, { error: "rows must hold 4–9 aspects compared side by side." })
    .max(9, { error: "rows must hold 4–9 aspects; keep the ones readers confuse." }),
  sources: z.array(sourceSchema).min(2, { error: "sources must list at least 2, copied from the two entries." }),
});
