/**
 * Learning paths: curated sequences of entries, each a page of its own; an
 * entry reached from a path shows "previous / next in this path".
 * The paths themselves are data, in LEARNING_PATHS below.
 */
export interface LearningPath {
  id: string;
  title: string;
  /** One or two sentences: who the path is for and where it leads. */
  intro: string;
  /** 6–12 entry slugs, in reading order. */
  steps: string[];
}

export const LEARNING_PATHS: LearningPath[] = [
  {
    id: "start-here",
    title: "Start here: from neural networks to large language models",
    intro:
      "For readers new to the field: the ideas that lead from a single trained network to the language models behind today's chat assistants, one step at a time.",
    steps: ["neural-network", "deep-learning", "token", "embedding", "transformer", "attention-mechanism", "pre-training", "large-language-model", "fine-tuning", "prompt-engineering"],
  },
  {
    id: "inside-the-transformer",
    title: "Inside the transformer",
    intro: "The parts of the architecture behind most language models, in the order data flows through them.",
    steps: ["embedding", "positional-encoding", "self-attention", "multi-head-attention", "feed-forward-network", "residual-connection", "layer-normalization", "softmax", "decoder", "kv-cache"],
  },
  {
    id: "how-language-models-write",
    title: "How language models write text",
    intro: "From text cut into tokens to the choice of each next word, and the settings that change how a model chooses.",
    steps: ["tokenization", "next-token-prediction", "logits", "softmax", "temperature", "top-k-sampling", "top-p-sampling", "greedy-decoding", "beam-search", "chain-of-thought"],
  },
  {
    id: "adapting-a-model",
    title: "Adapting a model: prompting, RAG and fine-tuning",
    intro: "The ways to make a general model do a particular job, from writing a better prompt to training it further.",
    steps: ["prompt", "prompt-engineering", "system-prompt", "few-shot-learning", "in-context-learning", "retrieval-augmented-generation", "embedding-model", "vector-database", "fine-tuning", "instruction-tuning"],
  },
];

/** Problems with the paths, as messages naming the path and the fix; empty when all is well. */
export function checkLearningPaths(paths: LearningPath[], slugs: Set<string>): string[] {
  const problems: string[] = [];
  for (const path of paths) {
    const where = `src/lib/learning-paths.ts: path '${path.id}'`;
    if (path.steps.length < 6 || path.steps.length > 12) problems.push(`${where} has ${path.steps.length} steps; a path has 6–12.`);
    for (const slug of path.steps) if (!slugs.has(slug)) problems.push(`${where} → '${slug}' is not a term.`);
    if (new Set(path.steps).size !== path.steps.length) problems.push(`${where} lists an entry twice.`);
  }
  return problems;
}

/** The entries before and after `slug` in a path. */
export function neighborsInPath(path: LearningPath, slug: string): { position: number; previous?: string; next?: string } | undefined {
  const index = path.steps.indexOf(slug);
  if (index === -1) return undefined;
  return { position: index + 1, previous: path.steps[index - 1], next: path.steps[index + 1] };
}
