import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ChimeClient,
  CreateAccountCommand,
  CreatePhoneNumberOrderCommand,
  CreateUserCommand,
  GetAccountCommand,
  ListAccountsCommand,
} from "@aws-sdk/client-chime";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startChimeMock, type ChimeMock } from "../../src/index.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureChromium } from "./chromium.js";
import {
  DASHBOARD_DIR,
  DESKTOP,
  OUTPUT_DIR,
  PHONE,
  horizontalOverflow,
  openPage,
  requireBuiltDashboard,
} from "./support.js";

let skipReason: string | undefined;
let mock: ChimeMock;
let client: ChimeClient;
let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  skipReason = ensureChromium();
  if (skipReason !== undefined) {
    console.warn(skipReason);
    return;
  }
  requireBuiltDashboard();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  mock = await startChimeMock({ dashboardDir: DASHBOARD_DIR });
  // One attempt: a fault injected from the page must reach the test, not a retry.
  client = new ChimeClient({ ...mock.clientConfig, maxAttempts: 1 });
  userDataDir = mkdtempSync(join(tmpdir(), "chimekit-dashboard-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
  });
}, 600_000);

afterEach(async () => {
  await mock?.reset();
});

afterAll(async () => {
  await context?.close();
  await mock?.close();
  if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
});

function dashboardUrl(view: "state" | "calls" | "controls"): string {
  return `${mock.endpoint}/_chimekit/#${view}`;
}

async function createAccountWithUsers(name: string, emails: string[]) {
  const { Account } = await client.send(new CreateAccountCommand({ Name: name }));
  for (const email of emails)
    await client.send(new CreateUserCommand({ AccountId: Account!.AccountId, Email: email }));
  return Account!;
}

async function exportedRecords(): Promise<unknown> {
  const state = (await (await fetch(`${mock.endpoint}/_chimekit/state`)).json()) as {
    awsAccounts: unknown;
  };
  return state.awsAccounts;
}

/** The call item of the Calls view for an operation, waiting for the poll to bring it. */
async function callItem(page: Page, operation: string) {
  const item = page.locator("li.call", { has: page.locator(".operation", { hasText: operation }) });
  await item.first().waitFor({ state: "visible" });
  return item.first();
}

describe("the dashboard in headless Chromium", () => {
  it("shows an account, its users and a phone number order created with the SDK", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    const account = await createAccountWithUsers("Acme Dashboard", [
      "jane@example.com",
      "omar@example.com",
    ]);
    const { PhoneNumberOrder } = await client.send(
      new CreatePhoneNumberOrderCommand({
        ProductType: "BusinessCalling",
        E164PhoneNumbers: ["+12065550100"],
      }),
    );
    const { page, problems } = await openPage(context);
    await page.goto(dashboardUrl("state"));

    const card = page.getByRole("article", { name: "Chime account Acme Dashboard" });
    await card.waitFor();
    expect(await card.textContent()).toContain(account.AccountId);
    const users = card.getByRole("table", { name: "Users of Acme Dashboard" });
    expect(await users.locator("tbody tr").count()).toBe(2);
    expect(await users.textContent()).toContain("jane@example.com");
    expect(await users.textContent()).toContain("omar@example.com");
    const orders = page.getByRole("table", { name: /^Phone number orders of AWS account/ });
    expect(await orders.textContent()).toContain(PhoneNumberOrder!.PhoneNumberOrderId);
    expect(await orders.textContent()).toContain("+12065550100");
    const numbers = page.getByRole("table", { name: /^Phone numbers of AWS account/ });
    expect(await numbers.textContent()).toContain("+12065550100");

    // Each record links to its shape's page in the API reference.
    const userLink = users.getByRole("link", { name: "API reference of User" }).first();
    expect(await userLink.getAttribute("href")).toBe("http://127.0.0.1:4590/shapes/User.html");

    // The filter narrows every list to the records that mention the text.
    await page.getByLabel("Filter records").fill("omar@");
    await expect.poll(() => users.locator("tbody tr").count()).toBe(1);
    await page.getByLabel("Filter records").fill("");

    // Created after the page opened: the live view shows it without a reload.
    await client.send(
      new CreateUserCommand({ AccountId: account.AccountId, Email: "late@example.com" }),
    );
    await expect.poll(() => users.textContent(), { timeout: 10_000 }).toContain("late@example.com");
    await page.screenshot({ path: join(OUTPUT_DIR, "state-desktop.png") });
    await page.screenshot({ path: join(OUTPUT_DIR, "state-desktop-full.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a failed call in Calls with its error and the AWS CLI line that repeats it", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    const missing = "00000000-0000-4000-8000-000000000000";
    await client.send(new ListAccountsCommand({}));
    await expect(client.send(new GetAccountCommand({ AccountId: missing }))).rejects.toMatchObject({
      name: "NotFoundException",
    });
    const { page, problems } = await openPage(context);
    await page.goto(dashboardUrl("calls"));

    const item = await callItem(page, "GetAccount");
    expect(await item.locator(".badge").textContent()).toContain("NotFoundException");
    // Newest first.
    const operations = await page.locator("li.call .operation").allTextContents();
    expect(operations.indexOf("GetAccount")).toBeLessThan(operations.indexOf("ListAccounts"));

    await item.locator("summary").click();
    const detail = item.locator(".call-detail");
    expect(await detail.textContent()).toContain(`account ${missing} (AccountId) does not exist`);
    expect(await item.getByLabel(/^Input of call/).textContent()).toContain(missing);
    expect(await item.getByLabel(/^AWS CLI line of call/).textContent()).toBe(
      `aws chime get-account --endpoint-url ${mock.endpoint} --cli-input-json '{"AccountId":"${missing}"}'`,
    );

    // Filters: failed calls only, then one operation.
    await page.getByLabel("Status").selectOption("error");
    await expect.poll(() => page.locator("li.call").count()).toBe(1);
    await page.getByLabel("Status").selectOption("");
    await page.getByLabel("Operation").selectOption("ListAccounts");
    await expect
      .poll(() => page.locator("li.call .operation").allTextContents())
      .toEqual(["ListAccounts"]);
    await page.getByLabel("Operation").selectOption("");
    await page.screenshot({ path: join(OUTPUT_DIR, "calls-desktop.png") });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a call refused by validation in Calls, once the emulator records rejected calls", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    await expect(client.send(new CreateAccountCommand({ Name: "" }))).rejects.toMatchObject({
      name: "BadRequestException",
    });
    // Emulators that record rejected calls (the paged history of the control
    // API contract) give every record its statusCode; older ones record
    // neither, and this test waits for them.
    const history = (await (
      await fetch(`${mock.endpoint}/_chimekit/calls?operation=CreateAccount`)
    ).json()) as { calls: { statusCode?: number; error?: { name: string } }[] };
    const rejected = history.calls.find((call) => call.statusCode === 400);
    if (rejected === undefined) {
      return test.skip(
        "this emulator does not record calls refused by validation (no CreateAccount record with statusCode 400)",
      );
    }
    const { page, problems } = await openPage(context);
    await page.goto(dashboardUrl("calls"));
    const item = await callItem(page, "CreateAccount");
    expect(await item.locator(".badge").textContent()).toBe("400 BadRequestException");
    await item.locator("summary").click();
    expect(await item.locator(".call-detail").textContent()).toContain(
      "failed to satisfy constraint",
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it("resets from the page after a confirmation: the state view empties and the SDK sees it", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    await createAccountWithUsers("Soon Gone", ["gone@example.com"]);
    const { page, problems } = await openPage(context);
    await page.goto(dashboardUrl("state"));
    await page.getByRole("article", { name: "Chime account Soon Gone" }).waitFor();

    await page.getByRole("link", { name: "Controls" }).click();
    await page.getByRole("button", { name: "Reset…" }).click();
    const confirm = page.getByRole("group", { name: "Confirm the reset" });
    expect(await confirm.textContent()).toContain("Reset everything");
    // Nothing happens before the confirmation.
    expect((await client.send(new ListAccountsCommand({}))).Accounts).toHaveLength(1);
    await page.screenshot({ path: join(OUTPUT_DIR, "controls-reset-confirm.png") });
    await confirm.getByRole("button", { name: "Yes, reset" }).click();
    await page.getByRole("status").filter({ hasText: "Reset everything." }).waitFor();

    expect((await client.send(new ListAccountsCommand({}))).Accounts).toEqual([]);
    await page.getByRole("link", { name: "State" }).click();
    await page.getByText("The emulator holds no state.").waitFor();
    expect(await page.getByRole("article").count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("adds a fault on the page that makes the next SDK call fail with that error", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    const { page, problems } = await openPage(context);
    await page.goto(dashboardUrl("controls"));
    await page.getByLabel("Operation").fill("ListAccounts");
    await page.getByLabel("Error").fill("ForbiddenException");
    await page.getByLabel("Message").fill("forbidden by the dashboard test");
    await page.getByRole("button", { name: "Add fault" }).click();
    const planned = page.getByRole("list", { name: "Planned faults" });
    await planned.waitFor();
    expect(await planned.textContent()).toContain("ListAccounts fails with ForbiddenException");
    await page.screenshot({ path: join(OUTPUT_DIR, "controls-desktop.png") });

    await expect(client.send(new ListAccountsCommand({}))).rejects.toMatchObject({
      name: "ForbiddenException",
      message: "forbidden by the dashboard test",
    });
    // Used up: the next call succeeds and the page's list empties.
    await client.send(new ListAccountsCommand({}));
    await page.getByText("No faults planned.").waitFor({ timeout: 10_000 });

    // A fault the model refuses shows the emulator's reason and is not added.
    await page.getByLabel("Operation").fill("ListAccounts");
    await page.getByLabel("Error").fill("ConflictException");
    await page.getByLabel("Message").fill("");
    await page.getByRole("button", { name: "Add fault" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "ConflictException" });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("is not modeled for ListAccounts");
    expect(mock.faults.list()).toEqual([]);

    // One planned fault goes by its own Remove button, and the next call is not failed.
    await page.getByLabel("Error").fill("ForbiddenException");
    await page.getByRole("button", { name: "Add fault" }).click();
    const remove = page.getByRole("button", { name: /^Remove fault \d+$/ });
    await remove.waitFor();
    expect(mock.faults.list()).toHaveLength(1);
    await remove.click();
    await page.getByText("No faults planned.").waitFor({ timeout: 10_000 });
    expect(mock.faults.list()).toEqual([]);
    await client.send(new ListAccountsCommand({}));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("refuses a bad state document on import, shows why and changes nothing", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    await createAccountWithUsers("Kept", ["kept@example.com"]);
    const before = await exportedRecords();
    const { page, problems } = await openPage(context);
    await page.goto(dashboardUrl("controls"));

    // Export downloads the state document.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export state" }).click(),
    ]);
    const downloaded = JSON.parse(
      await new Response((await download.createReadStream()) as unknown as ReadableStream).text(),
    ) as { format: string; awsAccounts: unknown };
    expect(downloaded.format).toBe("chimekit-emulator-state");
    expect(downloaded.awsAccounts).toEqual(before);

    const file = page.getByLabel("State document");
    await file.setInputFiles({
      name: "wrong-version.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ ...downloaded, version: 2, awsAccounts: {} })),
    });
    await page.getByRole("button", { name: "Import state" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "version" });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("must be 1 (got 2)");
    expect(await refusal.textContent()).toContain("HTTP 400");
    expect(await exportedRecords()).toEqual(before);

    // Not JSON at all: refused by the page, nothing sent.
    await file.setInputFiles({
      name: "notes.json",
      mimeType: "application/json",
      buffer: Buffer.from("this is not JSON"),
    });
    await page.getByRole("button", { name: "Import state" }).click();
    await page.getByRole("alert").filter({ hasText: "notes.json is not JSON" }).waitFor();
    expect(await exportedRecords()).toEqual(before);
    await page.screenshot({ path: join(OUTPUT_DIR, "controls-import-refused.png") });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("advances the emulated clock from the page", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    const { page, problems } = await openPage(context);
    await page.goto(dashboardUrl("controls"));
    const before = mock.emulator.now().getTime();
    await page.getByLabel("Advance by").fill("7d");
    await page.getByRole("button", { name: "Advance clock" }).click();
    await page.getByRole("status").filter({ hasText: "Emulated time is now" }).waitFor();
    const advanced = mock.emulator.now().getTime() - before;
    expect(advanced).toBeGreaterThanOrEqual(7 * 86_400_000);
    expect(advanced).toBeLessThan(7 * 86_400_000 + 60_000);
    await page.getByText(/days ahead of real time/).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
