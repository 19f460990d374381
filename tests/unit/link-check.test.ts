import { expect, test } from "vitest";
import { LinkChecker } from "../../src/lib/link-check.ts";

const site = (base: string) =>
  new Map([
    ["index.html", `<a href="${base}terms/">Index</a><a href="${base}terms/lora/#how-it-works">How</a><a href="https://arxiv.org/abs/1">x</a>`],
    ["terms/index.html", `<a href="${base}terms/lora/">LoRA</a><a href="#top">top</a><h1 id="top">A–Z</h1>`],
    ["terms/lora/index.html", `<h2 id="how-it-works">How</h2><img src="${base}favicon.svg"><a href="../">up</a>`],
    ["favicon.svg", ""],
  ]);

test("a site whose links all resolve, at the root and under a sub-path", () => {
  for (const base of ["/", "/glossary/"]) {
    expect(new LinkChecker(site(base), base).check()).toEqual({ pages: 3, links: 6, fragments: 2, external: 1, broken: [] });
  }
});

test("reports missing pages, fragments, trailing slashes and links that escape the base path", () => {
  const files = site("/glossary/");
  files.set(
    "terms/qlora/index.html",
    `<a href="/glossary/terms/lora">a</a><a href="/glossary/terms/nope/">b</a><a href="/glossary/terms/lora/#nope">c</a><a href="/terms/lora/">d</a>`,
  );
  expect(new LinkChecker(files, "/glossary/").check().broken).toMatchInlineSnapshot(`
    [
      {
        "href": "/glossary/terms/lora",
        "page": "terms/qlora/index.html",
        "reason": "needs a trailing slash",
      },
      {
        "href": "/glossary/terms/nope/",
        "page": "terms/qlora/index.html",
        "reason": "no such page or file",
      },
      {
        "href": "/glossary/terms/lora/#nope",
        "page": "terms/qlora/index.html",
        "reason": "no element with id "nope" on terms/lora/index.html",
      },
      {
        "href": "/terms/lora/",
        "page": "terms/qlora/index.html",
        "reason": "does not start with the base path /glossary/",
      },
    ]
  `);
});
