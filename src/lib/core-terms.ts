/** The core terms of TERMS.md: the ones every reader meets first, shown on the home page. */
export const CORE_TERMS = [
  "foundation-model", "generative-ai", "neural-network", "self-supervised-learning", "transfer-learning",
  "pre-training", "fine-tuning", "emergent-abilities", "parameters", "token", "multimodal-model", "embedding",
  "transformer", "attention-mechanism", "self-attention", "context-window", "large-language-model",
  "tokenization", "prompt-engineering", "hallucination", "retrieval-augmented-generation", "diffusion-model",
  "latent-diffusion-model", "text-to-image", "classifier-free-guidance", "rlhf", "lora", "inference",
  "quantization", "ai-alignment", "bias", "benchmark", "gpt", "bert", "stable-diffusion",
] as const;
