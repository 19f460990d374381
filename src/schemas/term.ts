/**
 * The content model of one glossary entry (see ../shared CONTENT.md, "Metadata").
 * Every message names the field, what is allowed, and how to fix it; Astro adds
 * the entry's id and file.
 */
import { z } from "astro/zod";
import { CATEGORY_IDS, LEVELS, SOURCE_KINDS } from "../lib/categories.ts";
import { containsName } from "../lib/text.ts";

/** An entry's slug: lowercase words joined by hyphens, as in the file name. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const sourceSchema = z.object({
  /** The source's own title, as it is published. */
  title: z.string({ error: "source title is required: the paper's or page's own title." }).min(1),
  /** An https address; for a paper, its arXiv abstract page or the publisher's page. */
  url: z.url({ protocol: /^https?$/, error: "source url must be a full http(s) address, e.g. https://arxiv.org/abs/2006.11239." }),
  /** "First Author, Second Author" or "First Author et al." */
  authors: z.string().optional(),
  publisher: z.string().optional(),
  year: z
    .number({ error: "source year must be a number, e.g. 2021." })
    .int()
    .min(1900, { error: "source year must be 1900 or later." })
    .max(2100, { error: "source year must be 2100 or earlier." })
    .optional(),
  kind: z.enum(SOURCE_KINDS, { error: `source kind must be one of: ${SOURCE_KINDS.join(", ")}.` }).optional(),
});

export const faqSchema = z.object({
  q: z.string({ error: "faq q is required: the question as a reader asks it." }).min(1),
  a: z.string({ error: "faq a is required: a 1–3 sentence answer." }).min(1),
});

export const termSchema = z
  .object({
    /** The term as a reader writes it. */
    title: z.string({ error: "title is required: the term as a reader writes it, e.g. 'Diffusion model'." }).min(1),
    /** One plain sentence, 80–220 characters, without the term itself. */
    short: z
      .string({ error: "short is required: one plain sentence of 80–220 characters that defines the term." })
      .trim()
      .min(80, { error: (issue) => `short must be 80–220 characters; it has ${String(issue.input).length}. Say a little more.` })
      .max(220, { error: (issue) => `short must be 80–220 characters; it has ${String(issue.input).length}. Cut it to one plain sentence.` }),
    category: z.enum(CATEGORY_IDS, { error: `category must be one of: ${CATEGORY_IDS.join(", ")} (see TERMS.md).` }),
    /** Other names and abbreviations; searchable. Default: none. */
    aliases: z.array(z.string().min(1), { error: "aliases must be a list of names, e.g. [LLM, LLMs]." }).default([]),
    /** 3–8 slugs of other entries, most useful first. */
    related: z
      .array(z.string().regex(SLUG, { error: "related must hold slugs: lowercase words joined by hyphens, e.g. 'diffusion-model'." }), {
        error: "related is required: a list of 3–8 slugs of other entries.",
      })
      .min(3, { error: (issue) => `related must list 3–8 slugs; it has ${(issue.input as unknown[]).length}. Add the terms a reader needs next.` })
      .max(8, { error: (issue) => `related must list 3–8 slugs; it has ${(issue.input as unknown[]).length}. Keep the most useful 8.` }),
    level: z.enum(LEVELS, { error: `level must be one of: ${LEVELS.join(", ")}.` }),
    /** At least 2; the primary source first. */
    sources: z
      .array(sourceSchema, { error: "sources is required: at least 2 sources, each with a title and url." })
      .min(2, { error: "sources must list at least 2 sources; put the primary source (the paper, the official docs) first." }),
    /** 2–4 questions readers ask. Default: none. */
    faq: z
      .array(faqSchema)
      .min(2, { error: "faq, when present, must have 2–4 questions." })
      .max(4, { error: "faq, when present, must have 2–4 questions." })
      .optional(),
    /** When the facts were last checked against the sources. */
    updated: z.coerce.date({ error: "updated must be a date written YYYY-MM-DD, e.g. 2026-11-24." }),
  })
  .superRefine((data, ctx) => {
    if (containsName(data.short, data.title)) {
      ctx.addIssue({
        code: "custom",
        path: ["short"],
        message: `short must define the term without using it; it contains '${data.title}'. Describe what it is instead.`,
      });
    }
  });

export type TermData = z.infer<typeof termSchema>;
