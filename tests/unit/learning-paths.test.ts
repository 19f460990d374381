import { expect, test } from "vitest";
import { checkLearningPaths, LEARNING_PATHS, neighborsInPath, type LearningPath } from "../../src/lib/learning-paths.ts";

const path: LearningPath = { id: "p", title: "P", intro: "", steps: ["a", "b", "c", "d", "e", "f"] };

test("an entry's neighbors in a path", () => {
  expect(neighborsInPath(path, "a")).toEqual({ position: 1, previous: undefined, next: "b" });
  expect(neighborsInPath(path, "c")).toEqual({ position: 3, previous: "b", next: "d" });
  expect(neighborsInPath(path, "f")).toEqual({ position: 6, previous: "e", next: undefined });
  expect(neighborsInPath(path, "z")).toBeUndefined();
});

test("paths must name existing entries, 6–12 of them, each once", () => {
  const slugs = new Set(["a", "b", "c", "d", "e", "f"]);
  expect(checkLearningPaths([path], slugs)).toEqual([]);
  expect(checkLearningPaths([{ ...path, steps: ["a", "b", "a", "x"] }], slugs)).toEqual([
    "src/lib/learning-paths.ts: path 'p' has 4 steps; a path has 6–12.",
    "src/lib/learning-paths.ts: path 'p' → 'x' is not a term.",
    "src/lib/learning-paths.ts: path 'p' lists an entry twice.",
  ]);
});

test("there are at least four paths", () => {
  expect(LEARNING_PATHS.length).toBeGreaterThanOrEqual(4);
});
