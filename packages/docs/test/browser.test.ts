import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST_DIR, PACKAGE_DIR } from "../src/site/paths.ts";
import { serveStatic, type StaticSite } from "../src/site/static-server.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureChromium } from "./browser/chromium.ts";

/** Screenshots land here for a person to look at; the folder is not committed. */
const OUTPUT_DIR = join(PACKAGE_DIR, "test-output");

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let skipReason: string | undefined;
let site: StaticSite;
let context: BrowserContext;
let userDataDir: string;

/** A new tab that records every console error, uncaught exception and failed request. */
async function openPage(
  viewport: { width: number; height: number },
  colorScheme: "light" | "dark" = "light",
) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

async function search(page: Page, input: string, query: string) {
  await page.locator(input).fill(query);
  const firstHit = page.locator(`${input} + .search-results a`).first();
  await firstHit.waitFor({ state: "visible" });
  return firstHit;
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

beforeAll(async () => {
  skipReason = ensureChromium();
  if (skipReason !== undefined) {
    console.warn(skipReason);
    return;
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });
  site = await serveStatic(DIST_DIR, 0);
  userDataDir = mkdtempSync(join(tmpdir(), "chimekit-docs-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 600_000);

afterAll(async () => {
  await context?.close();
  await site?.close();
  if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
});

describe("the site in headless Chromium", () => {
  it("finds CreateUser from the index and shows its request syntax and parameters", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    const { page, problems } = await openPage(DESKTOP);
    await page.goto(`${site.url}index.html`);
    await page.screenshot({ path: join(OUTPUT_DIR, "index-desktop.png") });

    const hit = await search(page, "#search .search-input", "CreateUser");
    expect(await hit.locator(".search-name").textContent()).toBe("CreateUser");
    await page.screenshot({ path: join(OUTPUT_DIR, "index-search-desktop.png") });
    await hit.click();
    await page.waitForURL(/\/operations\/CreateUser\.html$/);

    const syntax = page.locator("#request-syntax pre");
    await expect.poll(() => syntax.isVisible()).toBe(true);
    expect(await syntax.textContent()).toContain(
      "POST /accounts/{AccountId}/users?operation=create HTTP/1.1",
    );
    const parameters = page.locator("#request-parameters table");
    expect(await parameters.isVisible()).toBe(true);
    expect(await parameters.locator("#request-AccountId .member-required").textContent()).toContain(
      "Yes",
    );
    expect(await page.locator("#request-body table").isVisible()).toBe(true);
    await page.screenshot({ path: join(OUTPUT_DIR, "operation-desktop.png") });
    await page.screenshot({ path: join(OUTPUT_DIR, "operation-desktop-full.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("fits a phone screen in the dark, without sideways scrolling", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    const { page, problems } = await openPage(PHONE, "dark");
    await page.goto(`${site.url}index.html`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(OUTPUT_DIR, "index-phone.png") });
    await page.goto(`${site.url}operations/CreateUser.html`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await page.locator("#request-parameters table").isVisible()).toBe(true);
    expect(
      await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
      "prefers-color-scheme: dark gives a dark page",
    ).toBe("rgb(15, 20, 25)");
    await page.screenshot({ path: join(OUTPUT_DIR, "operation-phone.png") });
    await page.screenshot({ path: join(OUTPUT_DIR, "operation-phone-full.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("finds a common error and lands on its row of the errors page", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    const { page, problems } = await openPage(DESKTOP);
    await page.goto(`${site.url}index.html`);
    const hit = await search(page, "#search .search-input", "ThrottlingException");
    expect(await hit.getAttribute("href")).toMatch(/errors\.html#common-ThrottlingException$/);
    await hit.click();
    await page.waitForURL(/errors\.html#common-ThrottlingException$/);
    const row = page.locator("#common-ThrottlingException");
    expect(await row.isVisible()).toBe(true);
    expect(await row.locator(".error-status").textContent()).toBe("400");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("searches from a page opened as a file, with no server", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    const { page, problems } = await openPage(DESKTOP);
    await page.goto(pathToFileURL(join(DIST_DIR, "shapes", "User.html")).href);
    const hit = await search(page, ".topbar .search-input", "LicenseType");
    expect(await hit.locator(".search-name").textContent()).toBe("LicenseType");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\.html#/);
    expect(page.url()).toMatch(/^file:/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
