import { describe, expect, test } from "vitest";
import { labelLines, layoutGlossary, layoutMap, pickNeighbors } from "../../src/lib/concept-map.ts";
import { linkTerms } from "../../src/lib/term-graph.ts";

const entry = (id: string, related: string[], body = "") => ({ id, title: id.toUpperCase(), aliases: [], related, body });
const graph = linkTerms([
  entry("a", ["b", "c"], "See [[d]] and [[e]]."),
  entry("b", ["a"]),
  entry("c", ["b"]),
  entry("d", ["a"]),
  entry("e", ["b"], "Uses [[a]]."),
  entry("f", ["b"], "Mentions [[a]]."),
]);

describe("which terms a term page's map shows", () => {
  test("related terms first, then entries that link to it, those it links back to first", () => {
    expect(pickNeighbors("a", ["b", "c"], graph)).toEqual({ shown: ["b", "c", "d", "e", "f"], more: 0 });
  });

  test("at most max terms, and how many more there are", () => {
    expect(pickNeighbors("a", ["b", "c"], graph, 3)).toEqual({ shown: ["b", "c", "d"], more: 2 });
  });
});

describe("layout", () => {
  const terms = ["a", "b", "c", "d", "e", "f"].map((slug) => ({ slug, title: `Term ${slug}`, category: "llm" }));
  // As on a term page: each term joined to the center.
  const edges = terms.slice(1).map((t) => ({ source: "a", target: t.slug }));

  test("every node and its label lies inside the drawing, the center term is marked, and the same input gives the same layout", () => {
    const layout = layoutMap(terms, edges, { center: "a", ring: () => 100 });
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.r).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.nodes.filter((n) => n.center).map((n) => n.slug)).toEqual(["a"]);
    expect(layoutMap(terms, edges, { center: "a", ring: () => 100 })).toEqual(layout);
  });

  test("the related ring sits closer to the center than the outer ring", () => {
    const layout = layoutMap(terms, edges, { center: "a", ring: (t) => (["b", "c"].includes(t.slug) ? 80 : 200) });
    const center = layout.nodes.find((n) => n.center)!;
    const distance = (slug: string) => {
      const n = layout.nodes.find((node) => node.slug === slug)!;
      return Math.hypot(n.x - center.x, n.y - center.y);
    };
    expect(Math.max(distance("b"), distance("c"))).toBeLessThan(Math.min(distance("d"), distance("e"), distance("f")));
  });

  test("the whole glossary's map names each category above its terms", () => {
    const glossary = layoutGlossary(
      terms.map((t, i) => ({ ...t, category: i < 3 ? "llm" : "diffusion", related: [] })),
      ["llm", "diffusion"],
    );
    expect(glossary.groups.map((g) => g.category)).toEqual(["llm", "diffusion"]);
    for (const group of glossary.groups) {
      const members = glossary.nodes.filter((n) => n.category === group.category);
      expect(group.y).toBeLessThan(Math.min(...members.map((n) => n.y)));
      expect(group.y).toBeGreaterThan(0);
    }
  });
});

test("long titles are set on two lines, broken near the middle at a space or hyphen", () => {
  expect(labelLines("Transformer")).toEqual(["Transformer"]);
  expect(labelLines("Retrieval-augmented generation")).toEqual(["Retrieval-augmented", "generation"]);
  expect(labelLines("Parameter-efficient fine-tuning")).toEqual(["Parameter-efficient", "fine-tuning"]);
  expect(labelLines("Supercalifragilisticexpialidocious")).toEqual(["Supercalifragilisticexpialidocious"]);
});
