import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChimeMock, type ChimeMock } from "../../src/index.js";
import { killLeftovers, startCli, type CliProcess } from "../support/cli-process.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureChromium } from "./chromium.js";
import { DASHBOARD_DIR, OUTPUT_DIR, openPage, requireBuiltDashboard } from "./support.js";

const TOKEN = "dashboard-test-token";
const TOKEN_HEADER = "x-chimekit-control-token";

let skipReason: string | undefined;
let context: BrowserContext;
let userDataDir: string;
/** The emulator under --auth sigv4 with a control token, when this build has one. */
let cli: CliProcess | undefined;
/** Otherwise an emulator without the credential, which the test puts behind the contract's answers. */
let mock: ChimeMock | undefined;

/**
 * Starts `chimekit-mock serve --auth sigv4 --control-token`. Builds without
 * the control credential refuse the flag; then the test plays the control
 * API's part of the contract (401 ControlCredentialRequired without the
 * header, 403 ControlCredentialInvalid with a wrong one) in front of an
 * emulator without it, so the page's side is tested either way.
 */
async function startProtectedEmulator(): Promise<string> {
  try {
    cli = await startCli([
      "--auth",
      "sigv4",
      "--access-key",
      "AKIDDASHBOARD=111122223333:dashboard-secret",
      "--control-token",
      TOKEN,
      "--log-level",
      "silent",
    ]);
    return cli.url;
  } catch (error) {
    if (!String(error).includes("control-token")) throw error;
    console.warn(
      "chimekit-mock has no --control-token: the test plays the control API's 401/403 answers",
    );
    mock = await startChimeMock({ dashboardDir: DASHBOARD_DIR });
    return mock.endpoint;
  }
}

async function playContract(page: Page, endpoint: string): Promise<void> {
  if (mock === undefined) return;
  await page.route(`${endpoint}/_chimekit/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === "/_chimekit/" || pathname.startsWith("/_chimekit/dashboard/"))
      return route.continue();
    const token = route.request().headers()[TOKEN_HEADER];
    if (token === TOKEN) return route.continue();
    const [status, code] =
      token === undefined ? [401, "ControlCredentialRequired"] : [403, "ControlCredentialInvalid"];
    return route.fulfill({
      status,
      contentType: "application/json",
      body: JSON.stringify({ code, message: `${code}: played by the dashboard test` }),
    });
  });
}

let endpoint: string;

beforeAll(async () => {
  skipReason = ensureChromium();
  if (skipReason !== undefined) {
    console.warn(skipReason);
    return;
  }
  requireBuiltDashboard();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  endpoint = await startProtectedEmulator();
  userDataDir = mkdtempSync(join(tmpdir(), "chimekit-dashboard-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 600_000);

afterAll(async () => {
  await context?.close();
  await mock?.close();
  killLeftovers();
  if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
});

describe("the dashboard under --auth sigv4", () => {
  it("asks for the control token, refuses a wrong one, and keeps the right one for the tab only", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    const { page, problems } = await openPage(context);
    await playContract(page, endpoint);
    await page.goto(`${endpoint}/_chimekit/#state`);

    const form = page.getByRole("form", { name: "Control token needed" });
    await form.waitFor();
    expect(await form.textContent()).toContain("--auth sigv4");
    await page.screenshot({ path: join(OUTPUT_DIR, "credential-desktop.png") });

    await form.getByLabel("Control token").fill("not-the-token");
    await form.getByRole("button", { name: "Use this token" }).click();
    await form.getByText("refused the control token").waitFor();

    await form.getByLabel("Control token").fill(TOKEN);
    await form.getByRole("button", { name: "Use this token" }).click();
    await page.getByText("Emulated time 20").waitFor();
    await page.getByText("The emulator holds no state.").waitFor();
    expect(await form.count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem("chimekit-control-token"))).toBe(TOKEN);
    expect(await page.evaluate(() => localStorage.getItem("chimekit-control-token"))).toBeNull();

    // Another tab has its own session storage: it asks again.
    const other = await openPage(context);
    await playContract(other.page, endpoint);
    await other.page.goto(`${endpoint}/_chimekit/#state`);
    await other.page.getByRole("form", { name: "Control token needed" }).waitFor();
    expect(problems).toEqual([]);
    expect(other.problems).toEqual([]);
    await other.page.close();
    await page.close();
  });
});
