import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Debian's Chromium, driven by playwright-core as in @chimekit/docs' browser
 * tests (packages/docs/test/browser/chromium.ts): no browser is ever downloaded.
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** A quiet, isolated headless run: no sandbox (containers), no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Makes sure Chromium is installed, with Debian's package when it is missing.
 * Returns why the browser tests cannot run, or undefined when they can.
 */
export function ensureChromium(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  console.warn(`${CHROMIUM_PATH} is missing: installing Debian's chromium package with apt-get.`);
  try {
    const options = {
      stdio: "inherit",
      timeout: 480_000,
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    } as const;
    execFileSync("apt-get", ["update"], options);
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], options);
  } catch (error) {
    return `Chromium is not installed at ${CHROMIUM_PATH} and \`apt-get install chromium\` failed (${(error as Error).message.split("\n")[0]}); the dashboard's browser tests are skipped.`;
  }
  return existsSync(CHROMIUM_PATH)
    ? undefined
    : `apt-get installed chromium but ${CHROMIUM_PATH} is still missing; the dashboard's browser tests are skipped.`;
}
