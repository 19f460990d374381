/**
 * Adds the lockfile entries of platform-specific optional packages (the
 * native binaries of Astro's compiler, Tailwind's oxide and Pagefind) that
 * `npm install` left out because the registry it used serves only this
 * machine's platform. Without them, `npm ci` stops with "Missing: … from lock
 * file", and installs on other platforms lack their binary. Each entry carries
 * the os/cpu/libc that npm uses to skip it on other machines.
 *   node scripts/complete-lockfile.ts   (after any `npm install` that changed the lockfile)
 */
import { readFileSync, writeFileSync } from "node:fs";

const LOCKFILE = "package-lock.json";
const lock = JSON.parse(readFileSync(LOCKFILE, "utf8"));
const packages: Record<string, Record<string, unknown>> = lock.packages;

const OS: Record<string, string> = { darwin: "darwin", linux: "linux", win32: "win32", windows: "win32", freebsd: "freebsd", android: "android" };
const CPU = ["arm64", "x64", "ia32", "arm", "wasm32"];

/** Platform fields from a package name such as "@pagefind/windows-x64" or "@tailwindcss/oxide-linux-arm64-musl". */
function platformOf(name: string) {
  const parts = name.split("/").pop()!.split("-");
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.find((p) => CPU.includes(p)) ?? (parts.includes("gnueabihf") ? "arm" : undefined);
  const libc = parts.includes("musl") ? "musl" : parts.includes("gnu") || parts.includes("gnueabihf") ? "glibc" : undefined;
  return { ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }), ...(libc && { libc: [libc] }) };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  const optional = entry.optionalDependencies as Record<string, string> | undefined;
  if (!optional) continue;
  const parent = path === "" ? "" : `${path}/`;
  for (const [name, version] of Object.entries(optional)) {
    if (packages[`${parent}node_modules/${name}`] || packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform.cpu) continue; // not a platform binary: leave it to npm
    packages[`node_modules/${name}`] = { version, optional: true, ...platform };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${LOCKFILE}: added ${added} platform-specific optional package${added === 1 ? "" : "s"}.`);
