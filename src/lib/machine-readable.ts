/**
 * The glossary in machine-readable forms: schema.org JSON-LD, /terms.json and
 * /llms.txt. Pure functions over plain entry data, so they are unit-tested.
 */
export interface EntryData {
  slug: string;
  title: string;
  aliases: string[];
  short: string;
  category: string;
  categoryLabel: string;
  level: string;
  related: string[];
  updated: Date;
  /** Absolute URL of the entry's page. */
  url: string;
}

export const SITE_NAME = "AI Glossary";
export const SITE_DESCRIPTION =
  "Plain, sourced explanations of the words of modern AI: foundation models, large language models, diffusion models, and the terms around them.";

/** The version of the /terms.json format; raise it when a field changes meaning or disappears. */
export const TERMS_JSON_VERSION = 1;

const day = (date: Date) => date.toISOString().slice(0, 10);

export function definedTerm(entry: EntryData, indexUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    name: entry.title,
    description: entry.short,
    ...(entry.aliases.length > 0 && { alternateName: entry.aliases }),
    url: entry.url,
    dateModified: day(entry.updated),
    inDefinedTermSet: { "@type": "DefinedTermSet", name: SITE_NAME, url: indexUrl },
  };
}

export function definedTermSet(entries: EntryData[], indexUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTermSet",
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    url: indexUrl,
    hasDefinedTerm: entries.map((e) => ({ "@type": "DefinedTerm", name: e.title, description: e.short, url: e.url })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export function termsJson(entries: EntryData[], site: string) {
  return {
    version: TERMS_JSON_VERSION,
    name: SITE_NAME,
    site,
    count: entries.length,
    terms: entries.map((e) => ({
      slug: e.slug,
      title: e.title,
      aliases: e.aliases,
      short: e.short,
      category: e.category,
      level: e.level,
      related: e.related,
      url: e.url,
      updated: day(e.updated),
    })),
  };
}

export function llmsTxt(entries: EntryData[], categories: { id: string; label: string }[], site: string): string {
  const lines = [`# ${SITE_NAME}`, "", `> ${SITE_DESCRIPTION}`, "", `Every entry is a page at ${site}; its one-sentence definition follows each link.`];
  for (const category of categories) {
    const inCategory = entries.filter((e) => e.category === category.id);
    if (inCategory.length === 0) continue;
    lines.push("", `## ${category.label}`, "");
    for (const e of inCategory) lines.push(`- [${e.title}](${e.url}): ${e.short}`);
  }
  return `${lines.join("\n")}\n`;
}
