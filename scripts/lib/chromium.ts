/**
 * How to launch Chromium, for the browser tests and the scripts that drive a
 * browser: Debian's Chromium where the machine has it (some machines cannot
 * download browsers; set CHROMIUM_PATH for another), Playwright's own browser
 * everywhere else. As root, Chromium needs --no-sandbox.
 */
import { existsSync } from "node:fs";

const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumLaunchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    }
  : {};
