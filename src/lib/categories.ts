/** The glossary's categories, in the order readers meet them (see TERMS.md). */
export const CATEGORIES = [
  {
    id: "foundations",
    label: "Core concepts",
    description: "The ideas everything else builds on: models, data, learning, and scale.",
  },
  {
    id: "architecture",
    label: "Model architecture",
    description: "How models are built inside: transformers, attention, and their parts.",
  },
  {
    id: "llm",
    label: "Language models",
    description: "Large language models, how they read and write text, and how people use them.",
  },
  {
    id: "diffusion",
    label: "Diffusion and image generation",
    description: "How models turn noise into images, video, and sound.",
  },
  {
    id: "training",
    label: "Training and adaptation",
    description: "How models learn from data and how they are adapted after pre-training.",
  },
  {
    id: "inference",
    label: "Inference and deployment",
    description: "Running trained models: speed, cost, and serving.",
  },
  {
    id: "safety",
    label: "Safety, evaluation and governance",
    description: "Measuring models, their risks, and the rules around them.",
  },
  {
    id: "models",
    label: "Notable models and systems",
    description: "The named models and products the field talks about.",
  },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]["id"];

export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];

export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
export type Level = (typeof LEVELS)[number];

export const SOURCE_KINDS = ["paper", "docs", "book", "standard", "law", "article", "dataset"] as const;

export function getCategory(id: string) {
  const category = CATEGORIES.find((c) => c.id === id);
  if (!category) throw new Error(`Unknown category '${id}'. Known: ${CATEGORY_IDS.join(", ")}.`);
  return category;
}
