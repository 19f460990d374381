/**
 * The content model of the timeline (content/timeline.yaml): dated milestones, each
 * resting on facts an entry states, with that entry's primary source. Every message
 * names the field, what is allowed, and the fix; Astro adds the milestone's id and file.
 */
import { z } from "astro/zod";
import { SLUG } from "./term.ts";


export const milestoneSchema = z.object({
  /** YYYY-MM, or YYYY where the source gives no month; quoted, so that YAML keeps it a string. */
  date: z
    .string({ error: 'date must be a quoted string, "YYYY-MM" or "YYYY", as the source states it.' })
    .regex(/^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/, { error: 'date must be "YYYY-MM" or "YYYY", e.g. "2017-06".' }),
  /** Sentence case, at most 60 characters. */
  title: z.string().min(1).max(60, { error: "title must be at most 60 characters: name the milestone, and leave the detail to the summary." }),
  /** One or two plain sentences. */
  summary: z.string().min(40).max(260, { error: "summary must be 40–260 characters: one or two plain sentences." }),
  /** 1–4 slugs of the entries the milestone concerns, most relevant first. */
  terms: z
    .array(z.string().regex(SLUG, { error: "terms holds entry slugs, e.g. transformer." }))
    .min(1, { error: "terms must list 1–4 entries the milestone concerns." })
    .max(4, { error: "terms must list 1–4 entries; keep the most relevant." }),
  source: z.object({
    title: z.string().min(1, { error: "source title is required: the paper's or page's own title." }),
    url: z.url({ protocol: /^https?$/, error: "source url must be a full http(s) address." }),
  }),
});
