/**
 * What the tools under an entry offer: citations, share links, "ask an
 * assistant" links, and links to report a problem or edit the source file.
 * Pure functions; the URLs of other sites are plain links, no scripts.
 */
import { SITE_NAME } from "./machine-readable.ts";

/** The repository, from one setting: every "report a problem" and "edit" link is built from it. */
export const REPOSITORY_URL: string = globalThis.process?.env?.REPOSITORY_URL ?? "https://github.com/ai-glossary/ai-glossary";

export interface CitedEntry {
  slug: string;
  title: string;
  url: string;
  updated: Date;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** APA 7 style, for a page with a group author and a last-updated date. */
export function apaCitation(entry: CitedEntry): string {
  const d = entry.updated;
  return `${SITE_NAME}. (${d.getUTCFullYear()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}). ${entry.title}. ${SITE_NAME}. ${entry.url}`;
}

export function bibtexCitation(entry: CitedEntry): string {
  const d = entry.updated;
  const key = `aiglossary-${entry.slug}`;
  return [
    `@misc{${key},`,
    `  title        = {{${entry.title.replace(/[{}]/g, "")}}},`,
    `  author       = {{${SITE_NAME}}},`,
    `  year         = {${d.getUTCFullYear()}},`,
    `  month        = {${MONTHS[d.getUTCMonth()].slice(0, 3).toLowerCase()}},`,
    `  howpublished = {\\url{${entry.url}}},`,
    `  note         = {Last updated ${d.toISOString().slice(0, 10)}}`,
    `}`,
  ].join("\n");
}

export function shareLinks(title: string, url: string): { name: string; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(`${title} — ${SITE_NAME}`);
  return [
    { name: "X", href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: "Reddit", href: `https://www.reddit.com/submit?url=${u}&title=${t}` },
    { name: "Hacker News", href: `https://news.ycombinator.com/submitlink?u=${u}&t=${t}` },
    { name: "Email", href: `mailto:?subject=${t}&body=${u}` },
  ];
}

export function askLinks(title: string, url: string): { name: string; href: string }[] {
  const prompt = encodeURIComponent(`Explain "${title}" in AI, in plain words, with an example. A reference: ${url}`);
  return [
    { name: "ChatGPT", href: `https://chatgpt.com/?q=${prompt}` },
    { name: "Claude", href: `https://claude.ai/new?q=${prompt}` },
    { name: "Perplexity", href: `https://www.perplexity.ai/search?q=${prompt}` },
  ];
}

export function reportLinks(slug: string, title: string, repository = REPOSITORY_URL): { report: string; edit: string } {
  const issueTitle = encodeURIComponent(`Entry: ${title}`);
  const body = encodeURIComponent(`Entry: content/terms/${slug}.mdx\n\nWhat is wrong or missing, and a source for the fix:\n`);
  return {
    report: `${repository}/issues/new?title=${issueTitle}&body=${body}`,
    edit: `${repository}/edit/main/content/terms/${slug}.mdx`,
  };
}

/** Minutes to read, at 230 words a minute, never less than 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
