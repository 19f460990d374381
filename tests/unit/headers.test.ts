import { expect, test } from "vitest";
import { buildHeadersFile, readCspMeta } from "../../src/lib/headers.ts";

test("reads the CSP meta that Astro writes", () => {
  const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='"></head>`;
  expect(readCspMeta(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
  expect(readCspMeta("<head></head>")).toBeUndefined();
});

test("one shared policy becomes one rule, with frame-ancestors and caching for hashed assets", () => {
  const csp = "default-src 'self'; script-src 'self'";
  expect(buildHeadersFile([{ path: "/", csp }, { path: "/terms/lora/", csp }], "/glossary/")).toMatchInlineSnapshot(`
    "/glossary/*
      X-Content-Type-Options: nosniff
      Referrer-Policy: strict-origin-when-cross-origin
      X-Frame-Options: DENY
      Permissions-Policy: camera=(), microphone=(), geolocation=()
      Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors 'none'

    /glossary/_astro/*
      Cache-Control: public, max-age=31536000, immutable
    "
  `);
});

test("pages with different policies get a rule each", () => {
  const file = buildHeadersFile([
    { path: "/", csp: "script-src 'self' 'sha256-a='" },
    { path: "/terms/", csp: "script-src 'self' 'sha256-b='" },
  ]);
  expect(file).toContain("\n/\n  Content-Security-Policy: script-src 'self' 'sha256-a='; frame-ancestors 'none'");
  expect(file).toContain("\n/terms/\n  Content-Security-Policy: script-src 'self' 'sha256-b='; frame-ancestors 'none'");
});
