import { expect, test } from "vitest";
import { categoryUrl, homeUrl, indexUrl, termUrl, withBase } from "../../src/lib/urls.ts";

test("builds URLs at the site root", () => {
  expect([homeUrl("/"), indexUrl("/"), termUrl("lora", "/"), categoryUrl("llm", "/")]).toEqual([
    "/",
    "/terms/",
    "/terms/lora/",
    "/categories/llm/",
  ]);
});

test("builds URLs under a sub-path, with or without its trailing slash", () => {
  expect(termUrl("lora", "/glossary/")).toBe("/glossary/terms/lora/");
  expect(termUrl("lora", "/glossary")).toBe("/glossary/terms/lora/");
  expect(withBase("/pagefind/pagefind.js", "/glossary/")).toBe("/glossary/pagefind/pagefind.js");
});

test("defaults to the configured base", () => {
  expect(termUrl("lora")).toBe(`${import.meta.env.BASE_URL.replace(/\/?$/, "/")}terms/lora/`);
});
