import { describe, expect, test } from "vitest";
import {
  buildNameIndex,
  findExactMatches,
  findFuzzyMatches,
  foldName,
  fullTextQuery,
  namesHaveWords,
  highlight,
  isRelevantHit,
  mergeHits,
  queryWords,
  suggestTitle,
  typoTolerance,
  titleOf,
  buildShortFiles,
  buildNameParts,
  namePartFile,
  queryKeys,
  shortLocation,
  type NamedTerm,
} from "../../src/lib/search-rank.ts";

const index = buildNameIndex(
  [
    ["Transformer", ["transformer architecture"]],
    ["Vision transformer", ["ViT"]],
    ["Fine-tuning", ["finetuning", "fine tune"]],
    ["Large language model", ["LLM", "LLMs"]],
    ["Language model", ["LM"]],
    ["GPT-4", ["GPT-4o"]],
    ["Diffusion model", ["diffusion models", "denoising diffusion"]],
    ["Latent diffusion model", ["LDM"]],
    ["Retrieval-augmented generation", ["RAG"]],
    ["Generative AI", ["GenAI"]],
    ["Artificial intelligence", ["AI"]],
  ].map(([title, aliases]) => ({
    title: title as string,
    aliases: aliases as string[],
    url: `/terms/${foldName(title as string)}/`,
    category: "Category",
  })),
);
const titles = (found: NamedTerm[]) => found.map(titleOf);

describe("folding and query words", () => {
  test("folds case, accents, spaces and hyphens", () => {
    expect(["Fine-tuning", "fine tuning", "FINETUNING", "fine–tuning"].map(foldName)).toEqual(Array(4).fill("finetuning"));
    expect(foldName("Dall·E")).toBe("dalle");
  });

  test("drops question words and fillers, unless nothing else is left", () => {
    expect(queryWords("What is a diffusion model?")).toEqual(["diffusion"]);
    expect(queryWords("LoRA vs QLoRA")).toEqual(["lora", "qlora"]);
    expect(queryWords("how does self-attention work")).toEqual(["self", "attention"]);
    expect(queryWords("AI")).toEqual(["ai"]);
  });

  test("typo tolerance grows with word length", () => {
    expect(["rag", "lora", "encoder", "diffusion"].map(typoTolerance)).toEqual([0, 1, 1, 2]);
  });
});

describe("exact matches", () => {
  test("an exact title or alias finds its entry only", () => {
    expect(titles(findExactMatches(index, "transformer"))).toEqual(["Transformer"]);
    expect(titles(findExactMatches(index, "vit"))).toEqual(["Vision transformer"]);
    expect(titles(findExactMatches(index, "LLM"))).toEqual(["Large language model"]);
    expect(titles(findExactMatches(index, "gpt4"))).toEqual(["GPT-4"]);
    expect(titles(findExactMatches(index, "rag"))).toEqual(["Retrieval-augmented generation"]);
  });

  test("spacing variants, plurals and questions find the entry", () => {
    expect(titles(findExactMatches(index, "fine tuning"))).toEqual(["Fine-tuning"]);
    expect(titles(findExactMatches(index, "transformers"))).toEqual(["Transformer"]);
    expect(titles(findExactMatches(index, "large language models"))).toEqual(["Large language model"]);
    expect(titles(findExactMatches(index, "what is generative AI"))).toEqual(["Generative AI"]);
    expect(titles(findExactMatches(index, "how does a transformer work"))).toEqual(["Transformer"]);
  });

  test("partial words and empty queries find nothing", () => {
    expect(findExactMatches(index, "trans")).toEqual([]);
    expect(findExactMatches(index, "  ")).toEqual([]);
  });
});

describe("typos and word matches", () => {
  test("one typo in a 4–7 letter word, two in a longer one", () => {
    expect(titles(findFuzzyMatches(index, "transfomer"))[0]).toBe("Transformer");
    expect(titles(findFuzzyMatches(index, "difusion"))[0]).toBe("Diffusion model");
    expect(titles(findFuzzyMatches(index, "retreival augmented"))).toEqual(["Retrieval-augmented generation"]);
    expect(findFuzzyMatches(index, "trnsfrmr")).toEqual([]); // three edits
    expect(titles(findFuzzyMatches(index, "finetunin"))).toEqual(["Fine-tuning"]); // an alias's word
  });

  test("short words must match exactly", () => {
    expect(findFuzzyMatches(index, "rah")).toEqual([]);
  });

  test("a question finds the term it asks about, the closest name first", () => {
    expect(titles(findFuzzyMatches(index, "what is a diffusion model")).slice(0, 2)).toEqual(["Diffusion model", "Latent diffusion model"]);
  });

  test("a title with the query's word comes before an alias with it, and a generic extra word costs less", () => {
    const diffusion = buildNameIndex(
      [
        ["Consistency model", ["distilled diffusion"]],
        ["Diffusion sampler", []],
        ["Latent diffusion model", []],
        ["Diffusion model", []],
      ].map(([title, aliases]) => ({ title: title as string, aliases: aliases as string[], url: `/terms/${foldName(title as string)}/`, category: "Category" })),
    );
    expect(titles(findFuzzyMatches(diffusion, "diffusion"))).toEqual(["Diffusion model", "Diffusion sampler", "Consistency model", "Latent diffusion model"]);
  });

  test("knows whether the names use the query's words as typed, before offering another", () => {
    expect(namesHaveWords(index, "diffusion")).toBe(true);
    expect(namesHaveWords(index, "what is latent diffusion")).toBe(true);
    expect(namesHaveWords(index, "retriev")).toBe(true); // the start of a word, as the reader types it
    expect(namesHaveWords(index, "difusion")).toBe(false);
    expect(namesHaveWords(index, "diffusion xylophone")).toBe(false);
  });

  test("suggests the closest title", () => {
    expect(suggestTitle(index, "transfomer")).toBe("Transformer");
    expect(suggestTitle(index, "xylophone")).toBeUndefined();
  });

  test("the word lookup finds the same entries as testing each entry alone", () => {
    // Matching looks entries up by the words of their names; an entry must match among many exactly when it matches alone.
    const crowd = buildNameIndex(
      ["sparse", "dense", "latent", "token", "tokens", "diffusion", "transformers", "router", "0071", "0072"].flatMap((a, i, all) =>
        all.slice(i + 1).map((b) => ({ title: `Synthetic ${a} ${b}`, aliases: [`${a}${b}`], url: `/terms/${a}-${b}/`, category: "Category" })),
      ),
    );
    const everyone = [...index, ...crowd];
    for (const query of ["transfomer", "difusion", "token", "synthtic tokns", "0073 router", "latent diffusion", "what is a sparse router", "sparsedens", "latentrouter", "gpt4", "rah"]) {
      const alone = everyone.filter((term) => findFuzzyMatches([term], query).length > 0);
      expect(new Set(findFuzzyMatches(everyone, query)), query).toEqual(new Set(alone));
      expect(findExactMatches(everyone, query), query).toEqual(everyone.filter((term) => findExactMatches([term], query).length > 0));
    }
  });
});

describe("full-text hits", () => {
  test("Pagefind searches the words as typed, without question words and generic words unless nothing else is left", () => {
    expect(fullTextQuery("What's a diffusion model?")).toBe("diffusion");
    expect(fullTextQuery("how does GPT-4 work")).toBe("GPT-4");
    expect(fullTextQuery("language model")).toBe("language");
    expect(fullTextQuery("what is a model")).toBe("model");
    expect(fullTextQuery(" what is ")).toBe("what is");
  });


  test("drops hits where Pagefind only matched a word that begins the query", () => {
    expect(isRelevantHit(["x", "x̂"], "xylophone")).toBe(false);
    expect(isRelevantHit(["DiT"], "difusion")).toBe(false);
    expect(isRelevantHit(["LLMs"], "LLM")).toBe(true);
    expect(isRelevantHit(["transformer"], "transformers")).toBe(true);
    expect(isRelevantHit(["GPT-4"], "gpt4")).toBe(true);
  });

  test("merges exact, fuzzy and full-text hits, each entry once", () => {
    const [transformer, vit] = index;
    const text = { url: vit.u, title: titleOf(vit), category: "c", short: "s", excerpt: "a <mark>transformer</mark>" };
    const other = { url: "/terms/x/", title: "X", category: "c", short: "s" };
    expect(mergeHits([transformer], [transformer, vit], [text, other], 8).map((h) => h.url)).toEqual([transformer.u, vit.u, "/terms/x/"]);
    expect(mergeHits([transformer], [vit], [other], 2)).toHaveLength(2);
  });

  test("the names index is split by the first letter of every word of every name, and a query fetches the part of its first word", () => {
    const parts = buildNameParts(index);
    expect(titles(parts.get("l")!)).toEqual(["Large language model", "Language model", "Latent diffusion model"]);
    expect(titles(parts.get("m")!)).toEqual(["Large language model", "Language model", "Diffusion model", "Latent diffusion model"]);
    expect(queryKeys("LoRA")).toEqual(["l"]);
    expect(queryKeys("what is a diffusion model")).toEqual(["w", "d"]);
    expect(queryKeys("the model")).toEqual(["t", "m"]);
    expect(namePartFile("g")).toBe("g");
    expect(namePartFile("σ")).toBe("u3c3");
    // Every exact and typo match lies in the part the query fetches.
    for (const query of ["LLM", "fine tuning", "transfomer", "what is a diffusion model", "gpt4"]) {
      const part = queryKeys(query).flatMap((key) => parts.get(key) ?? []);
      expect(titles(findExactMatches(part, query))).toEqual(titles(findExactMatches(index, query)));
      expect(titles(findFuzzyMatches(part, query))).toEqual(titles(findFuzzyMatches(index, query)));
    }
  });

  test("short definitions sit in files of 20, found from an entry's position in the names index", () => {
    const shorts = Array.from({ length: 45 }, (_, i) => `short ${i}`);
    const files = buildShortFiles(shorts);
    expect(files.map((f) => f.length)).toEqual([20, 20, 5]);
    for (const position of [0, 19, 20, 44]) {
      const { file, index } = shortLocation(position);
      expect(files[file][index]).toBe(`short ${position}`);
    }
  });

  test("highlights the query's words, including a typo'd query's intended word", () => {
    expect(highlight("Large language models predict tokens.", "language model")).toEqual([
      { text: "Large ", mark: false },
      { text: "language", mark: true },
      { text: " ", mark: false },
      { text: "models", mark: true },
      { text: " predict tokens.", mark: false },
    ]);
    expect(highlight("A Transformer block", "transfomer").filter((p) => p.mark)).toEqual([{ text: "Transformer", mark: true }]);
  });
});
