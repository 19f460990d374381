import { expect, test } from "vitest";
import { groupByLetter } from "../../src/lib/alphabet.ts";

test("groups by first letter, keeps empty letters, and puts other characters under #", () => {
  const groups = groupByLetter(["Attention", "autoencoder", "Ébauche", "4-bit", "Zero-shot"], (s) => s);
  expect(groups).toHaveLength(27);
  expect(groups.filter((g) => g.items.length > 0)).toEqual([
    { letter: "A", anchor: "a", items: ["Attention", "autoencoder"] },
    { letter: "E", anchor: "e", items: ["Ébauche"] },
    { letter: "Z", anchor: "z", items: ["Zero-shot"] },
    { letter: "#", anchor: "other", items: ["4-bit"] },
  ]);
});
