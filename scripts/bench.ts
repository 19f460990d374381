/**
 * Build benchmark: how long `astro build` (search index included) takes, and how much
 * memory it needs, for the real corpus and for corpora of 1,000 and 5,000 entries (the
 * real entries topped up with generated ones); plus the first-view weight of one term
 * page. It prints figures; it does not pass or fail.
 *
 *   npm run bench                      # real corpus, then 1,000 and 5,000 entries
 *   npm run bench -- --sizes=200,1000  # other corpus sizes (--sizes= for the real corpus only)
 *   npm run bench -- --ref=HEAD        # build a commit's code instead of the working tree
 *   npm run bench -- --keep            # keep the temp directories (builds and logs) to inspect
 *
 * Every build runs in its own directory under os.tmpdir(): a snapshot of the files the
 * build needs (astro.config.mjs, package.json, tsconfig.json, src/, public/, the timeline and comparisons data), the
 * entries, and a node_modules/ directory whose entries are symlinks to this project's
 * packages. node_modules/ itself is a real directory so that Astro's and Vite's caches
 * (node_modules/.astro, node_modules/.vite) stay in the temp directory and never touch
 * the project's. Nothing is written to the project; the temp directories are removed
 * at the end.
 */
import { spawn, execFileSync } from "node:child_process";
import {
  cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync,
  readFileSync, rmSync, statSync, symlinkSync, writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { CATEGORY_IDS, LEVELS } from "../src/lib/categories.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const PROJECT_FILES = ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public", "content/timeline.yaml", "content/comparisons.yaml"];
const ASTRO_BIN = path.join(ROOT, "node_modules", "astro", "bin", "astro.mjs");
const GNU_TIME = "/usr/bin/time";
const TARGET_MS_PER_ENTRY = 15;
const TARGET_ENTRIES = 5000;
const WEIGHT_PAGE = "terms/transformer/";
const UPDATED = "2026-11-24";

interface Corpus {
  name: string;
  /** Writes the entries into `dir` and returns how many there are. */
  write: (dir: string) => number;
}

interface Result {
  name: string;
  entries: number;
  wordsPerEntry: number;
  pages: number;
  wallMs: number;
  pagefindMs: number | undefined;
  /** Astro's own phase timings, from its log (undefined when a line is missing). */
  setupMs: number | undefined;
  bundleMs: number | undefined;
  renderMs: number | undefined;
  peakRssMb: number | undefined;
  /** User + system CPU time of the build and its children: less sensitive to other load than wall time. */
  cpuMs: number | undefined;
  pagefindBytes: number;
  pagefindFiles: number;
  outDir: string;
}

// ---------------------------------------------------------------------------------------
// Arguments and temp directories

const sizesArg = process.argv.find((a) => a.startsWith("--sizes="));
const SIZES = sizesArg
  ? sizesArg.slice("--sizes=".length).split(",").map((s) => Number(s.trim())).filter((n) => n > 0)
  : [1000, 5000];
for (const n of SIZES) {
  if (!Number.isInteger(n) || n < 4 || n > 99999) throw new Error(`--sizes: each size must be a whole number from 4 to 99999; got ${n}.`);
}

const refArg = process.argv.find((a) => a.startsWith("--ref="));
/** With --ref, the project files come from that commit (git archive); otherwise from the working tree. */
const REF_NAME = refArg ? refArg.slice("--ref=".length) : undefined;
const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
/** The commit, resolved once, so that code and entries come from the same one even if HEAD moves. */
const REF = REF_NAME ? git("rev-parse", "--verify", `${REF_NAME}^{commit}`) : undefined;

const KEEP = process.argv.includes("--keep");
const COMMIT = (() => {
  try {
    return git("rev-parse", "--short", REF ?? "HEAD");
  } catch {
    return "unknown";
  }
})();

const BENCH_DIR = mkdtempSync(path.join(os.tmpdir(), "ai-glossary-bench-"));
let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  if (KEEP) {
    process.stderr.write(`bench: kept ${BENCH_DIR}\n`);
    return;
  }
  rmSync(BENCH_DIR, { recursive: true, force: true }); // removes the symlinks, never their targets
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------
// Corpora

/**
 * The published entries (no drafts), copied once into the bench directory, from the
 * working tree or from --ref. Every corpus starts from them: the site's own code names
 * real entries (core terms, learning paths, diagrams) and fails the build without them.
 */
function collectRealEntries(dest: string): string[] {
  mkdirSync(dest, { recursive: true });
  let source = path.join(ROOT, "content", "terms");
  if (REF) {
    const tar = path.join(BENCH_DIR, "terms.tar");
    const unpacked = path.join(BENCH_DIR, "terms-at-ref");
    mkdirSync(unpacked, { recursive: true });
    execFileSync("git", ["archive", "--format=tar", "-o", tar, REF, "content/terms"], { cwd: ROOT });
    execFileSync("tar", ["-xf", tar, "-C", unpacked]);
    rmSync(tar);
    source = path.join(unpacked, "content", "terms");
  }
  const files = readdirSync(source).filter((f) => f.endsWith(".mdx") && !f.startsWith("_"));
  for (const file of files) cpSync(path.join(source, file), path.join(dest, file));
  if (REF) rmSync(path.join(BENCH_DIR, "terms-at-ref"), { recursive: true, force: true });
  return files;
}

function realCorpus(realDir: string, realFiles: string[]): Corpus {
  return {
    name: "real corpus",
    write(dir) {
      for (const file of realFiles) cpSync(path.join(realDir, file), path.join(dir, file));
      return realFiles.length;
    },
  };
}

/** `total` entries: the real ones plus `total - real` generated ones. */
function generatedCorpus(total: number, realDir: string, realFiles: string[]): Corpus {
  const generated = total - realFiles.length;
  if (generated < 4) {
    throw new Error(`--sizes: ${total} must exceed the ${realFiles.length} real entries by at least 4.`);
  }
  return {
    name: `${total.toLocaleString("en-US")} (${generated.toLocaleString("en-US")} generated)`,
    write(dir) {
      for (const file of realFiles) cpSync(path.join(realDir, file), path.join(dir, file));
      for (let i = 0; i < generated; i++) writeFileSync(path.join(dir, `${slugOf(i)}.mdx`), generateEntry(i, generated));
      return total;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Generated entries: valid against src/schemas/term.ts and the term graph (they link
// only to each other: related = the next three, so each has three backlinks), with bodies
// of about the size and shape of real ones (600–900 words, the usual sections, [[links]],
// lists, sometimes a table and inline code). Each entry also invents a few names of its
// own, so that the vocabulary grows with the corpus as real text does and the Pagefind
// index is not unrealistically small.

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = [
  "model", "dataset", "layer", "token", "gradient", "optimizer", "benchmark", "prompt", "embedding", "checkpoint",
  "pipeline", "encoder", "decoder", "sampler", "scheduler", "corpus", "parameter", "activation", "attention head",
  "loss curve", "feature map", "representation", "policy", "reward signal", "evaluator", "cache", "kernel",
  "accelerator", "batch", "vocabulary", "context window", "training run", "test set", "label", "classifier",
  "retriever", "search index", "adapter", "weight matrix", "latent space", "noise level", "sequence", "query",
  "response", "annotator", "metric", "baseline", "ablation", "distribution", "objective", "tokenizer", "student model",
  "teacher model", "reward model", "prefix", "memory budget", "throughput", "error rate", "validation split", "router",
];
const ADJECTIVES = [
  "small", "large", "sparse", "dense", "noisy", "stable", "pretrained", "fine-tuned", "distilled", "quantized",
  "robust", "brittle", "efficient", "costly", "shallow", "deep", "frozen", "trainable", "multilingual",
  "domain-specific", "general-purpose", "low-rank", "high-dimensional", "well-calibrated", "overconfident", "open",
  "proprietary", "lightweight", "memory-hungry", "parallel", "sequential", "causal", "bidirectional", "discrete",
  "continuous", "adaptive", "fixed", "hierarchical", "modular", "redundant",
];
const VERBS: [string, string, string][] = [
  ["compress", "compresses", "compressed"], ["predict", "predicts", "predicted"], ["estimate", "estimates", "estimated"],
  ["rank", "ranks", "ranked"], ["filter", "filters", "filtered"], ["align", "aligns", "aligned"],
  ["sample", "samples", "sampled"], ["refine", "refines", "refined"], ["reuse", "reuses", "reused"],
  ["track", "tracks", "tracked"], ["merge", "merges", "merged"], ["score", "scores", "scored"],
  ["normalize", "normalizes", "normalized"], ["reweight", "reweights", "reweighted"], ["store", "stores", "stored"],
  ["retrieve", "retrieves", "retrieved"], ["summarize", "summarizes", "summarized"], ["mask", "masks", "masked"],
  ["project", "projects", "projected"], ["clip", "clips", "clipped"], ["average", "averages", "averaged"],
  ["prune", "prunes", "pruned"], ["cache", "caches", "cached"], ["schedule", "schedules", "scheduled"],
  ["validate", "validates", "validated"], ["encode", "encodes", "encoded"], ["decode", "decodes", "decoded"],
  ["route", "routes", "routed"], ["shard", "shards", "sharded"], ["calibrate", "calibrates", "calibrated"],
];
const GERUNDS = [
  "training", "serving", "evaluating", "fine-tuning", "sampling", "retrieving documents", "labeling data",
  "searching", "compressing weights", "generating long answers", "ranking candidates", "filtering web text",
];
const PEOPLE = [
  "researchers", "engineers", "practitioners", "reviewers", "product teams", "auditors", "students",
  "data scientists", "maintainers", "operators", "regulators", "hobbyists",
];
const FIRST_NAMES = [
  "Ada", "Bo", "Chen", "Dana", "Emil", "Farah", "Gustav", "Hana", "Ivan", "Jun", "Kofi", "Lena", "Mateo", "Nia",
  "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomoko", "Uma", "Viktor", "Wei", "Xenia", "Yusuf", "Zara",
];
const SYLLABLES = [
  "ka", "ro", "mi", "te", "lan", "vor", "sel", "qui", "dra", "no", "bel", "tar", "xi", "um", "pe", "gor",
  "li", "sa", "fen", "ith", "zu", "mar", "ko", "ren", "da", "vel", "ost", "ne", "bri", "cal",
];
const CODE_NAMES = ["top_k", "chunk_size", "num_steps", "rank", "alpha", "beta", "max_tokens", "temperature", "stride", "window"];

type Rng = () => number;

function words(rng: Rng) {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rng() * items.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const invent = () => {
    const parts = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join("");
    return parts[0].toUpperCase() + parts.slice(1);
  };
  return {
    pick, int, invent,
    n: () => pick(NOUNS),
    ns: () => plural(pick(NOUNS)),
    adj: () => pick(ADJECTIVES),
    vb: () => pick(VERBS)[0],
    v3: () => pick(VERBS)[1],
    vpp: () => pick(VERBS)[2],
    ing: () => pick(GERUNDS),
    who: () => pick(PEOPLE),
    year: () => int(2012, 2026),
    code: () => pick(CODE_NAMES),
    lr: () => `${int(1, 9)}e-${int(3, 5)}`,
  };
}

function plural(noun: string): string {
  if (noun.endsWith("y") && !/[aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** "a adaptive" → "an adaptive" (no word in the pools starts with a consonant-sounding vowel). */
const fixArticles = (text: string) => text.replace(/\b([Aa]) (?=[aeiou])/g, "$1n ");
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
/** "Kamite": three syllables from the digits of `i` in base 30, different for every entry up to 27,000. */
const coinedName = (i: number) => cap([i % 30, Math.floor(i / 30) % 30, Math.floor(i / 900) % 30].map((k) => SYLLABLES[k]).join(""));
const slugOf = (i: number) => `synthetic-term-${String(i).padStart(4, "0")}`;

function generateEntry(i: number, n: number): string {
  const rng = mulberry32(0x9e3779b9 ^ (i * 2654435761));
  const w = words(rng);
  const { pick, int } = w;
  const coined = Array.from({ length: 6 }, () => w.invent());
  const [modelName, datasetName, toolName, author1, author2, labName] = coined;

  // Links: related to the next three (so every entry has three entries linking to it),
  // inline links to those three and to a few others further away.
  const related = [1, 2, 3].map((k) => slugOf((i + k) % n));
  const others = [int(4, n - 1), int(4, n - 1), Math.floor(n / 2)]
    .map((k) => (i + k) % n)
    .filter((j) => j !== i)
    .map(slugOf);
  const link = (slug: string) => (rng() < 0.5 ? `[[${slug}]]` : `[[${slug}|${pick(["this related idea", "a close cousin", "the earlier method", "its building block", "the usual alternative"])}]]`);

  // A made-up name word unique to the entry, as a real glossary's names mostly have one ("LoRA", "Transformer"),
  // and an abbreviation-like alias; no word common to every generated name.
  const name = coinedName(i);
  const title = `${name} ${w.adj()} ${w.n()}`;
  const alias = name.toUpperCase();

  const plain = [
    () => `Think of it as a ${w.n()} that keeps a short list of the ${w.adj()} ${w.ns()} it has already seen, so it does not have to start from scratch each time.`,
    () => `Picture a librarian who ${w.v3()} every new book against the ones already on the shelf before deciding where it goes.`,
    () => `In everyday terms, the idea is to ${w.vb()} the ${w.n()} before the ${w.n()} ever sees it, which saves effort later.`,
    () => `Most people meet it without noticing: a ${w.adj()} ${w.n()} ${w.v3()} what they type and quietly ${w.v3()} the result.`,
    () => `The name sounds technical, but the intuition is simple: do the expensive step once and reuse its output many times.`,
    () => `A useful comparison is a kitchen where one cook prepares the ingredients and another only assembles the dish.`,
    () => `Without it, each ${w.n()} would have to ${w.vb()} every ${w.n()} on its own, and the work would grow quickly with the size of the input.`,
    () => `The trick is less about new mathematics than about choosing which ${w.ns()} to keep and which to throw away.`,
    () => `A ${w.adj()} version of the same idea shows up in ${w.ing()}, where it goes by the nickname ${toolName}.`,
    () => `If you have ever sorted mail into piles before reading it, you already know the basic move.`,
  ];
  const mechanism = [
    () => `The ${w.n()} first ${w.v3()} its input into ${int(2, 64)} ${w.adj()} chunks, each handled by a separate ${w.n()}.`,
    () => `At each step, a ${w.adj()} ${w.n()} ${w.v3()} the current ${w.n()} and passes the result to the next stage.`,
    () => `The training objective combines a ${w.n()} term with a penalty that keeps the ${w.n()} close to its starting point.`,
    () => `In the reference setup, the authors used batches of ${int(16, 4096)} sequences and a learning rate of ${w.lr()}.`,
    () => `Because the ${w.n()} is ${w.adj()}, the whole procedure fits on a single accelerator with ${pick([16, 24, 40, 80])} GB of memory.`,
    () => `A second pass ${w.v3()} the outputs, so that errors made early do not pile up over ${int(3, 48)} layers.`,
    () => `The cost of this step grows roughly linearly with the length of the ${w.n()}, rather than with its square.`,
    () => `Implementations usually expose a single setting, often called \`${w.code()}\`, that trades speed for quality.`,
    () => `When the ${w.n()} is too ${w.adj()}, the method falls back to the ordinary ${w.n()} and simply ${w.v3()} the result.`,
    () => `The outputs are then ${w.vpp()} and compared with a held-out ${w.n()} to decide whether to keep the update.`,
    () => `${modelName}, the model used in the first experiments, had ${int(1, 70)} billion parameters and ${int(12, 96)} layers.`,
    () => `Each ${w.n()} is ${w.vpp()} once, ${w.vpp()} again after ${int(2, 20)} steps, and discarded when the ${w.n()} changes.`,
  ];
  const why = [
    () => `It matters because it cuts the cost of ${w.ing()} by roughly ${int(2, 10)} times in the settings the original paper tested.`,
    () => `For ${w.who()}, the main gain is predictability: the same ${w.n()} gives the same answer on every run.`,
    () => `Several widely used libraries adopted it within ${int(2, 4)} years of its publication in ${w.year()}.`,
    () => `It also made it practical to work on ${w.adj()} hardware, which widened the circle of ${w.who()} who could run experiments.`,
    () => `The idea reappears in many later methods, sometimes under a different name, and ${labName} Lab still uses it as a baseline.`,
    () => `Without it, a ${w.adj()} ${w.n()} of this size would need ${int(3, 30)} times more memory to serve one request.`,
    () => `Beyond the lab, ${w.who()} care about it too, because it changes what a ${w.n()} can reveal about its ${w.ns()}.`,
  ];
  const examples = [
    () => `**${modelName} (${w.year()})**: ${w.who()} ${w.vpp()} a ${w.n()} with ${int(10, 900)} million parameters and reported a ${int(1, 15)}-point gain on ${datasetName}.`,
    () => `**${toolName}**: an open-source toolkit that ${w.v3()} the ${w.n()} by default and exposes \`${w.code()}\` for tuning.`,
    () => `**${datasetName}**: a ${w.adj()} benchmark of ${int(2, 90)} thousand items built to test whether a ${w.n()} ${w.v3()} reliably.`,
    () => `**${author1} and ${author2} (${w.year()})**: showed that the method works on ${w.adj()} ${w.ns()} when the ${w.n()} is ${w.vpp()} first.`,
    () => `**Production systems**: ${w.who()} at ${labName} use a variant that ${w.v3()} each ${w.n()} before it reaches the ${w.n()}.`,
    () => `**Teaching demos**: a ${w.adj()} notebook that ${w.v3()} a toy ${w.n()} in under ${int(2, 30)} minutes on a laptop.`,
  ];
  const limits = [
    () => `**Narrow assumptions.** The method assumes the ${w.n()} is ${w.adj()}; when it is not, quality drops sharply.`,
    () => `**Hidden cost.** Savings at inference time are paid for with a longer and more ${w.adj()} training run.`,
    () => `**Hard to evaluate.** Standard ${w.ns()} may not capture the failures that matter to ${w.who()}.`,
    () => `**Sensitive to settings.** Small changes to \`${w.code()}\` can flip the ranking against a ${w.adj()} ${w.n()}.`,
    () => `**Data quality.** If the ${w.n()} is ${w.vpp()} badly, every later stage inherits the error.`,
    () => `**Reproducibility.** Reported gains on ${datasetName} have been hard to reproduce with a different ${w.n()}.`,
  ];
  const linkSentence = [
    (s: string) => `It is closely tied to ${link(s)}, which ${w.v3()} the ${w.n()} in a similar way.`,
    (s: string) => `Unlike ${link(s)}, it does not need a ${w.adj()} ${w.n()} to get started.`,
    (s: string) => `Readers new to the topic may want to start with ${link(s)} first.`,
    (s: string) => `The same ${w.n()} appears in ${link(s)}, where it is ${w.vpp()} rather than ${w.vpp()}.`,
  ];

  const sentences = (pool: (() => string)[], count: number) => Array.from({ length: count }, () => pick(pool)()).join(" ");
  const paragraph = (pool: (() => string)[], lo: number, hi: number, linkTo?: string) => {
    const text = sentences(pool, int(lo, hi));
    return linkTo ? `${text} ${pick(linkSentence)(linkTo)}` : text;
  };
  const bullets = (pool: (() => string)[], count: number) =>
    Array.from({ length: count }, () => `- ${pick(pool)()}`).join("\n");

  const body: string[] = [
    "## In plain words",
    paragraph(plain, 3, 5, related[0]),
    paragraph(plain, 2, 4),
    "## How it works",
    paragraph(mechanism, 4, 6, related[1]),
    Array.from({ length: int(3, 4) }, (_, k) => `${k + 1}. **${cap(w.vb())} the ${w.n()}.** ${pick(mechanism)()}`).join("\n"),
    paragraph(mechanism, 4, 6, others[0]),
  ];
  if (i % 4 === 0) {
    body.push(
      `| Variant | What it ${w.v3()} | Typical use |\n| --- | --- | --- |\n` +
        `| ${modelName} | the ${w.n()} | ${cap(w.ing())} |\n` +
        `| ${toolName} | each ${w.n()} | ${cap(w.ing())} |\n` +
        `| [[${related[2]}\\|Related method]] | the ${w.adj()} ${w.n()} | ${cap(w.ing())} |`,
    );
  }
  body.push(
    paragraph(mechanism, 2, 4),
    "## Why it matters",
    paragraph(why, 3, 5, related[2]),
    paragraph(why, 2, 3, others[1]),
    "## Examples",
    bullets(examples, int(4, 5)),
    "## Limitations and risks",
    bullets(limits, int(3, 4)),
    paragraph(limits.map((f) => () => f().replace(/^\*\*[^*]+\*\* /, "")), 2, 3, others[2]),
  );

  let short = "";
  for (let attempt = 0; short.length < 80 || short.length > 220; attempt++) {
    short = pick([
      () => `A ${w.adj()} way to ${w.vb()} the ${w.n()} of a model so that ${w.ing()} needs less memory and fewer steps.`,
      () => `A method that ${w.v3()} each ${w.n()} before it reaches the ${w.n()}, trading a little quality for a large saving in cost.`,
      () => `The practice of keeping a ${w.adj()} ${w.n()} next to the main model and using it to ${w.vb()} the ${w.ns()} it produces.`,
      () => `A technique, first described by ${author1} et al. in ${w.year()}, that ${w.v3()} ${w.ns()} so that ${w.who()} can ${w.vb()} them reliably.`,
    ])();
    short = fixArticles(short);
    if (attempt > 20) short = `A stand-in definition for benchmarking that describes entry number ${i} in a few plain words.`;
  }

  const faq =
    i % 2 === 0
      ? [
          "faq:",
          `  - q: ${JSON.stringify(`Does it work with ${w.adj()} ${w.ns()}?`)}`,
          `    a: ${JSON.stringify(`${sentences(why, 2)}`)}`,
          `  - q: ${JSON.stringify(`Is it the same as ${w.adj()} ${w.n()} ${w.ing()}?`)}`,
          `    a: ${JSON.stringify(`${sentences(mechanism, 2)}`)}`,
        ]
      : [];

  const frontmatter = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `short: ${JSON.stringify(short)}`,
    `category: ${CATEGORY_IDS[i % CATEGORY_IDS.length]}`,
    `aliases: [${JSON.stringify(alias)}]`,
    `related: [${related.join(", ")}]`,
    `level: ${LEVELS[i % LEVELS.length]}`,
    "sources:",
    `  - title: ${JSON.stringify(`${modelName}: ${cap(w.adj())} ${plural(w.n())} for ${w.ing()}`)}`,
    `    authors: ${JSON.stringify(`${pick(FIRST_NAMES)} ${author1} et al.`)}`,
    `    year: ${w.year()}`,
    `    url: https://example.org/papers/${slugOf(i)}`,
    "    kind: paper",
    `  - title: ${JSON.stringify(`${toolName} documentation`)}`,
    `    publisher: ${JSON.stringify(`${labName} Lab`)}`,
    `    url: https://docs.example.org/${toolName.toLowerCase()}/`,
    "    kind: docs",
    ...faq,
    `updated: ${UPDATED}`,
    "---",
  ];
  return fixArticles(`${frontmatter.join("\n")}\n\n${body.join("\n\n")}\n`);
}

// ---------------------------------------------------------------------------------------
// Building one corpus

function snapshotProject(dest: string) {
  mkdirSync(dest, { recursive: true });
  if (REF) {
    const tar = path.join(BENCH_DIR, "project.tar");
    execFileSync("git", ["archive", "--format=tar", "-o", tar, REF, ...PROJECT_FILES], { cwd: ROOT });
    execFileSync("tar", ["-xf", tar, "-C", dest]);
    rmSync(tar);
    return;
  }
  for (const entry of PROJECT_FILES) cpSync(path.join(ROOT, entry), path.join(dest, entry), { recursive: true });
}

/** node_modules/ as a real directory of symlinks, so that the build's caches stay local. */
function linkNodeModules(dest: string) {
  const source = path.join(ROOT, "node_modules");
  mkdirSync(dest);
  for (const name of readdirSync(source)) {
    if (name === ".astro" || name === ".vite" || name === ".cache") continue;
    symlinkSync(path.join(source, name), path.join(dest, name));
  }
}

function countBodyWords(dir: string): number {
  let total = 0;
  const files = readdirSync(dir);
  for (const file of files) {
    const body = readFileSync(path.join(dir, file), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    total += body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  }
  return files.length === 0 ? 0 : total / files.length;
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (lstatSync(full).isDirectory()) files.push(...walk(full));
    else files.push(full);
  }
  return files;
}

function run(command: string, args: string[], cwd: string, logFile: string): Promise<number> {
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
  delete env.BASE_PATH; // the weight below is measured on a root-based build
  const log = openSync(logFile, "w");
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", log, log] });
    child.on("error", reject);
    child.on("close", (code) => {
      closeSync(log);
      resolve(code ?? 1);
    });
  });
}

async function buildCorpus(corpus: Corpus, template: string, index: number): Promise<Result> {
  const dir = path.join(BENCH_DIR, `build-${index}`);
  cpSync(template, dir, { recursive: true });
  linkNodeModules(path.join(dir, "node_modules"));
  const terms = path.join(dir, "content", "terms");
  mkdirSync(terms, { recursive: true });
  const entries = corpus.write(terms);
  const wordsPerEntry = countBodyWords(terms);

  const outDir = path.join(dir, "out");
  const logFile = path.join(dir, "build.log");
  const timeFile = path.join(dir, "time.txt");
  const rssFile = path.join(dir, "rss.txt");
  const astro = [ASTRO_BIN, "build", "--outDir", outDir];
  // Peak memory: GNU time reports the largest resident set of the build process and of
  // the processes it waited for (Pagefind's indexer runs as a child). Without GNU time,
  // a preloaded hook records the Node process's own maxRSS when it exits.
  const useTime = existsSync(GNU_TIME);
  let command = GNU_TIME;
  let args = ["-o", timeFile, "-f", "%M %U %S", process.execPath, ...astro];
  if (!useTime) {
    const hook = path.join(dir, "rss-hook.mjs");
    writeFileSync(
      hook,
      `import { writeFileSync } from "node:fs";\n` +
        `process.on("exit", () => { const u = process.resourceUsage(); ` +
        `writeFileSync(${JSON.stringify(rssFile)}, [u.maxRSS, u.userCPUTime / 1e6, u.systemCPUTime / 1e6].join(" ")); });\n`,
    );
    command = process.execPath;
    args = ["--import", hook, ...astro];
  }

  process.stderr.write(`bench: building ${corpus.name}${/^\d/.test(corpus.name) ? "" : ` (${entries} entries)`}… `);
  const started = performance.now();
  const code = await run(command, args, dir, logFile);
  const wallMs = performance.now() - started;
  const log = readFileSync(logFile, "utf8");
  if (code !== 0) {
    process.stderr.write("failed\n");
    throw new Error(`The build of ${corpus.name} exited with ${code}. Last lines of its log:\n${log.split("\n").slice(-40).join("\n")}`);
  }
  process.stderr.write(`${(wallMs / 1000).toFixed(1)} s\n`);

  // "maxRSS-KB user-s system-s"; GNU time counts the children (Pagefind) too, the hook only Node.
  const usage = (useTime ? readFileSync(timeFile, "utf8").trim().split("\n").at(-1)! : readFileSync(rssFile, "utf8")).trim().split(/\s+/).map(Number);
  const rssKb = usage[0];
  const cpuMs = (usage[1] + usage[2]) * 1000;
  const pagefindMatch = /indexed (\d+) pages in (\d+) ms/.exec(log);
  const plain = log.replace(/\x1b\[[0-9;]*m/g, "");
  // Astro writes durations as "902ms", "8.62s" or "3m 32s".
  const DURATION = String.raw`((?:\d+m )?[\d.]+(?:ms|s))`;
  const duration = (m: RegExpMatchArray | null | undefined) => {
    const parts = m && /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(m[1]);
    return parts ? Number(parts[1] ?? 0) * 60_000 + Number(parts[2]) * (parts[3] === "s" ? 1000 : 1) : undefined;
  };
  // "[build] ✓ Completed in 8.60s." first: config, dependency scan, content sync and types.
  const setupMs = duration(new RegExp(String.raw`\[build\] ✓ Completed in ${DURATION}\.`).exec(plain));
  // "[vite] ✓ built in 3m 32s": the server and client bundles (every MDX entry is compiled here).
  const bundles = [...plain.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, "g"))].map((m) => duration(m) ?? 0);
  // "✓ Completed in 26.08s." without a [tag]: rendering the pages.
  const renderMs = duration(new RegExp(String.raw`^\S+ ✓ Completed in ${DURATION}\.`, "m").exec(plain));
  const outFiles = walk(outDir);
  const pagefindDir = path.join(outDir, "pagefind") + path.sep;
  const pagefindFiles = outFiles.filter((f) => f.startsWith(pagefindDir));
  return {
    name: corpus.name,
    entries,
    wordsPerEntry,
    pages: outFiles.filter((f) => f.endsWith(".html")).length,
    wallMs,
    pagefindMs: pagefindMatch ? Number(pagefindMatch[2]) : undefined,
    setupMs,
    bundleMs: bundles.length > 0 ? bundles.reduce((a, b) => a + b, 0) : undefined,
    renderMs,
    peakRssMb: Number.isFinite(rssKb) && rssKb > 0 ? rssKb / 1024 : undefined,
    cpuMs: Number.isFinite(cpuMs) ? cpuMs : undefined,
    pagefindBytes: pagefindFiles.reduce((sum, f) => sum + statSync(f).size, 0),
    pagefindFiles: pagefindFiles.length,
    outDir,
  };
}

// ---------------------------------------------------------------------------------------
// First-view weight of one term page: its HTML plus the CSS and JS from /_astro/ it
// references (and the modules those import), each gzipped (level 6, a common server default).

interface Asset {
  file: string;
  bytes: number;
  gzip: number;
}

function pageWeight(outDir: string, page: string): { page: string; html: Asset; assets: Asset[] } {
  const measure = (file: string): Asset => {
    const data = readFileSync(file);
    return { file: path.relative(outDir, file).split(path.sep).join("/"), bytes: data.length, gzip: gzipSync(data, { level: 6 }).length };
  };
  const htmlFile = path.join(outDir, page, "index.html");
  const html = readFileSync(htmlFile, "utf8");
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (ref: string, from: string) => {
    const clean = ref.split(/[?#]/)[0];
    const file = clean.startsWith("/") ? path.join(outDir, clean) : path.resolve(path.dirname(from), clean);
    if (!seen.has(file) && existsSync(file)) {
      seen.add(file);
      queue.push(file);
    }
  };
  for (const m of html.matchAll(/["'`(](\/_astro\/[^"'`)\s]+\.(?:css|js|mjs))/g)) add(m[1], htmlFile);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!file.endsWith(".js") && !file.endsWith(".mjs")) continue;
    const code = readFileSync(file, "utf8");
    // Static imports only: dynamic import() (e.g. Pagefind, loaded on first focus) is not first view.
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.(?:js|mjs))["'`]/g)) add(m[1], file);
  }
  return { page, html: measure(htmlFile), assets: [...seen].map(measure) };
}

// ---------------------------------------------------------------------------------------
// Output

function table(header: string[], rows: string[][], alignLeft = 1): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c < alignLeft ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const fmtInt = (n: number) => Math.round(n).toLocaleString("en-US");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)}`;

function machineLine(): string {
  const cpus = os.cpus();
  return (
    `Machine: ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ` +
    `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}; ` +
    `astro ${JSON.parse(readFileSync(path.join(ROOT, "node_modules", "astro", "package.json"), "utf8")).version}, ` +
    `pagefind ${JSON.parse(readFileSync(path.join(ROOT, "node_modules", "pagefind", "package.json"), "utf8")).version}; ` +
    (REF ? `code and entries of ${REF_NAME} (${COMMIT})` : `working tree at ${COMMIT}`)
  );
}

async function main() {
  const loadStart = os.loadavg()[0];
  const template = path.join(BENCH_DIR, "project");
  snapshotProject(template); // one snapshot, so that every corpus builds the same code
  const realDir = path.join(BENCH_DIR, "real-entries");
  const realFiles = collectRealEntries(realDir);
  const real = realCorpus(realDir, realFiles);
  const corpora = [real, ...SIZES.map((total) => generatedCorpus(total, realDir, realFiles))];
  const results: Result[] = [];
  let weight: ReturnType<typeof pageWeight> | undefined;
  for (const [index, corpus] of corpora.entries()) {
    const result = await buildCorpus(corpus, template, index);
    results.push(result);
    if (corpus === real) {
      const page = existsSync(path.join(result.outDir, WEIGHT_PAGE, "index.html"))
        ? WEIGHT_PAGE
        : `terms/${readdirSync(path.join(result.outDir, "terms")).find((d) => statSync(path.join(result.outDir, "terms", d)).isDirectory())}/`;
      weight = pageWeight(result.outDir, page);
    }
    if (!KEEP) rmSync(path.join(BENCH_DIR, `build-${index}`), { recursive: true, force: true }); // free the disk as we go
  }

  const loadEnd = os.loadavg()[0];
  const secs = (ms: number | undefined) => (ms === undefined ? "n/a" : (ms / 1000).toFixed(1));
  console.log("");
  console.log("AI Glossary build benchmark");
  console.log(machineLine());
  console.log(`Load average (1 min) at start: ${loadStart.toFixed(1)}, at end: ${loadEnd.toFixed(1)} (other work on the machine slows the builds)`);
  console.log("");
  console.log(
    table(
      ["corpus", "entries", "words/entry", "pages", "wall s", "ms/entry", "CPU s", "peak RSS MB", "pagefind MB", "pagefind files"],
      results.map((r) => [
        r.name,
        fmtInt(r.entries),
        fmtInt(r.wordsPerEntry),
        fmtInt(r.pages),
        (r.wallMs / 1000).toFixed(1),
        (r.wallMs / r.entries).toFixed(1),
        secs(r.cpuMs),
        r.peakRssMb === undefined ? "n/a" : fmtInt(r.peakRssMb),
        mb(r.pagefindBytes),
        fmtInt(r.pagefindFiles),
      ]),
    ),
  );
  console.log("");
  console.log("Where the wall time goes (s, from the build log):");
  console.log(
    table(
      ["corpus", "setup", "vite bundle", "render pages", "pagefind", "other", "wall"],
      results.map((r) => {
        const known = [r.setupMs, r.bundleMs, r.renderMs, r.pagefindMs];
        const other = known.every((v) => v !== undefined) ? r.wallMs - known.reduce((a, b) => a! + b!, 0)! : undefined;
        return [r.name, secs(r.setupMs), secs(r.bundleMs), secs(r.renderMs), secs(r.pagefindMs), secs(other), secs(r.wallMs)];
      }),
    ),
  );
  console.log("");
  console.log("wall: the whole `astro build` process. setup: config, dependency scan, content sync and types;");
  console.log("vite bundle: Vite's server and client builds (entries with components compile here); render pages:");
  console.log("writing the HTML (Markdown entries compile here); pagefind: the search index (src/integrations/pagefind.ts); other: the rest");
  console.log("(start-up, asset moves, sitemap, _headers). ms/entry: wall / entries. CPU s: user + system time of");
  console.log("the build and its child processes. peak RSS: largest resident set of the build or of one child");
  console.log("process. pagefind MB: all of <outDir>/pagefind/ (1 MB = 1,048,576 bytes).");

  if (weight) {
    const total = weight.html.gzip + weight.assets.reduce((sum, a) => sum + a.gzip, 0);
    console.log("");
    console.log(`Term page weight, first view (/${weight.page}, real corpus, gzip level 6):`);
    console.log(
      table(
        ["file", "bytes", "gzip bytes"],
        [weight.html, ...weight.assets].map((a) => [a.file, fmtInt(a.bytes), fmtInt(a.gzip)]).concat([
          ["total", fmtInt(weight.html.bytes + weight.assets.reduce((s, a) => s + a.bytes, 0)), `${fmtInt(total)} (${kb(total)})`],
        ]),
      ),
    );
    const js = weight.assets.filter((a) => /\.m?js$/.test(a.file)).length;
    if (js === 0) console.log("(no JS file from /_astro/: the page's scripts are inlined in its HTML)");
  }

  const atTarget = results.find((r) => r.entries === TARGET_ENTRIES && r !== results[0]);
  console.log("");
  if (atTarget) {
    const measured = atTarget.wallMs / atTarget.entries;
    const verdict =
      measured <= TARGET_MS_PER_ENTRY
        ? `within target by ${(TARGET_MS_PER_ENTRY - measured).toFixed(1)} ms`
        : `over target by ${(measured - TARGET_MS_PER_ENTRY).toFixed(1)} ms, ${(measured / TARGET_MS_PER_ENTRY).toFixed(1)}× the target`;
    console.log(`Target: <= ${TARGET_MS_PER_ENTRY} ms per entry at ${TARGET_ENTRIES.toLocaleString("en-US")} entries   measured: ${measured.toFixed(1)} ms per entry (${verdict})`);
  } else {
    console.log(`Target: <= ${TARGET_MS_PER_ENTRY} ms per entry at ${TARGET_ENTRIES.toLocaleString("en-US")} entries   measured: not run (add 5000 to --sizes)`);
  }
}

try {
  await main();
} finally {
  cleanUp();
}
