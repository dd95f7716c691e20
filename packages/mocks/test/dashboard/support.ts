import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";

/** The package folder: the dashboard is served from its build output. */
export const PACKAGE_DIR = fileURLToPath(new URL("../../", import.meta.url));

/** Where `pnpm build` writes the dashboard. */
export const DASHBOARD_DIR = join(PACKAGE_DIR, "dist", "dashboard");

/** Screenshots for a person to look at; the folder is not committed. */
export const OUTPUT_DIR = join(PACKAGE_DIR, "test-output", "dashboard");

export function requireBuiltDashboard(): void {
  if (!existsSync(join(DASHBOARD_DIR, "index.html")))
    throw new Error(`${DASHBOARD_DIR} is missing: run "pnpm build" in packages/mocks first`);
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 400, height: 860 };

/** A new tab that records console errors, uncaught exceptions and failed requests. */
export async function openPage(
  context: BrowserContext,
  viewport: { width: number; height: number } = DESKTOP,
  colorScheme: "light" | "dark" = "light",
) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  const problems: string[] = [];
  page.on("console", (message) => {
    // Chromium logs every 4xx answer; the tests look at refused calls on purpose.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  return { page, problems };
}

export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
