import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions as launchOptions } from "./scripts/lib/chromium.ts";

const PORT = 4322;
const SUBPATH_PORT = 4323;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Two browsers share two cores in CI; the first search loads Pagefind's WebAssembly.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "chromium", testIgnore: /subpath/, use: { ...devices["Desktop Chrome"], launchOptions } },
    {
      name: "subpath",
      testMatch: /subpath/,
      use: { ...devices["Desktop Chrome"], launchOptions, baseURL: `http://localhost:${SUBPATH_PORT}` },
    },
  ],
  // The tests run against the production builds in dist/ and dist-subpath/ (npm test builds both first).
  // --ignore-lock: run beside a preview the developer may have open, in the foreground.
  webServer: [
    {
      command: `npx astro preview --port ${PORT} --ignore-lock`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx astro preview --outDir dist-subpath --port ${SUBPATH_PORT} --ignore-lock`,
      env: { BASE_PATH: "/glossary/" },
      url: `http://localhost:${SUBPATH_PORT}/glossary/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
