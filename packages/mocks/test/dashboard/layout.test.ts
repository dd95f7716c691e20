import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AssociatePhoneNumberWithUserCommand,
  ChimeClient,
  CreateAccountCommand,
  CreateBotCommand,
  CreatePhoneNumberOrderCommand,
  CreateRoomCommand,
  CreateRoomMembershipCommand,
  CreateUserCommand,
  GetAccountCommand,
  PutEventsConfigurationCommand,
  UpdateAccountSettingsCommand,
  UpdatePhoneNumberSettingsCommand,
} from "@aws-sdk/client-chime";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const VIEWS = ["state", "calls", "controls"] as const;

let skipReason: string | undefined;
let mock: ChimeMock;
let context: BrowserContext;
let userDataDir: string;

/** An emulator with a bit of everything, so that every kind of control is on the page. */
async function populate(client: ChimeClient): Promise<void> {
  const { Account } = await client.send(new CreateAccountCommand({ Name: "Example Corp" }));
  const AccountId = Account!.AccountId!;
  const userIds: string[] = [];
  // One more than a page of users, so the users table has a pager.
  for (let n = 1; n <= 21; n += 1) {
    const { User } = await client.send(
      new CreateUserCommand({ AccountId, Email: `user${n}@example.com`, UserType: "PrivateUser" }),
    );
    userIds.push(User!.UserId!);
  }
  await client.send(
    new CreatePhoneNumberOrderCommand({
      ProductType: "BusinessCalling",
      E164PhoneNumbers: ["+12065550100", "+12065550101"],
    }),
  );
  await client.send(
    new AssociatePhoneNumberWithUserCommand({
      AccountId,
      UserId: userIds[0],
      E164PhoneNumber: "+12065550100",
    }),
  );
  const { Bot } = await client.send(new CreateBotCommand({ AccountId, DisplayName: "helper" }));
  await client.send(
    new PutEventsConfigurationCommand({
      AccountId,
      BotId: Bot!.BotId,
      OutboundEventsHTTPSEndpoint: "https://example.com/chime-events",
    }),
  );
  const { Room } = await client.send(new CreateRoomCommand({ AccountId, Name: "general" }));
  await client.send(
    new CreateRoomMembershipCommand({ AccountId, RoomId: Room!.RoomId, MemberId: userIds[1] }),
  );
  await client.send(
    new UpdateAccountSettingsCommand({ AccountId, AccountSettings: { EnableDialOut: true } }),
  );
  await client.send(new UpdatePhoneNumberSettingsCommand({ CallingName: "ExampleCorp" }));
  await client
    .send(new GetAccountCommand({ AccountId: "00000000-0000-4000-8000-000000000000" }))
    .catch(() => undefined);
}

beforeAll(async () => {
  skipReason = ensureChromium();
  if (skipReason !== undefined) {
    console.warn(skipReason);
    return;
  }
  requireBuiltDashboard();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  mock = await startChimeMock({ dashboardDir: DASHBOARD_DIR });
  await populate(new ChimeClient({ ...mock.clientConfig, maxAttempts: 1 }));
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
  if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
});

/** Opens a view and waits until its content has arrived from the control API. */
async function openView(page: Page, view: (typeof VIEWS)[number]) {
  await page.goto(`${mock.endpoint}/_chimekit/#${view}`);
  const ready = {
    state: page.getByRole("article", { name: "Chime account Example Corp" }),
    calls: page.locator("li.call").first(),
    controls: page.getByText("Emulated time:"),
  }[view];
  await ready.waitFor();
  await page.getByText("Emulated time 20").waitFor();
}

/** Marks every control of the page a keyboard user must reach, and returns how many there are. */
function markControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input, select, textarea, summary, [tabindex="0"]';
    const controls = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter(
      // Inside a closed call, or a hidden part of the page, there is nothing to reach.
      (element) => element.checkVisibility(),
    );
    controls.forEach((element, index) => (element.dataset.control = String(index)));
    return controls.length;
  });
}

/** Moves the keyboard's starting point to the top of the page, as a fresh page load would. */
async function focusTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute("tabindex");
  });
}

/** Presses Tab until focus comes round again; returns the marked controls it reached. */
async function tabThrough(page: Page, controls: number): Promise<Set<string>> {
  const reached = new Set<string>();
  await focusTop(page);
  for (let press = 0; press < controls + 10; press += 1) {
    await page.keyboard.press("Tab");
    const mark = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.control,
    );
    if (mark !== undefined) reached.add(mark);
  }
  return reached;
}

/** Controls that a screen reader could not name: form fields without a label, empty buttons or links. */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("input, select, textarea, button, a[href]"))
      .filter((element) => {
        if (element.getAttribute("aria-label")) return false;
        if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement)
          return (element.labels?.length ?? 0) === 0;
        return (element.textContent ?? "").trim() === "";
      })
      .map((element) => element.outerHTML.slice(0, 120)),
  );
}

describe("the dashboard's layout and keyboard use", () => {
  it("reaches every control of every view with the keyboard alone, each with a label", async (test) => {
    if (skipReason !== undefined) return test.skip(skipReason);
    const { page, problems } = await openPage(context);
    await openView(page, "state");
    for (const view of VIEWS) {
      // Switch views with the keyboard: from the top of the page, Tab to the view's link, Enter.
      const link = page.getByRole("link", { name: view[0].toUpperCase() + view.slice(1) });
      await focusTop(page);
      for (let press = 0; press < 5; press += 1) {
        await page.keyboard.press("Tab");
        if (await link.evaluate((element) => element === document.activeElement)) break;
      }
      await page.keyboard.press("Enter");
      await expect.poll(() => page.url()).toMatch(new RegExp(`#${view}$`));
      await openView(page, view);
      if (view === "calls") {
        // Open a call with the keyboard: its detail's blocks must be reachable too.
        await page.locator("li.call summary").first().focus();
        await page.keyboard.press("Enter");
        await page.locator("li.call .call-detail").first().waitFor();
      }
      const controls = await markControls(page);
      const reached = await tabThrough(page, controls);
      const missed = await page.evaluate(
        (marks) =>
          Array.from(document.querySelectorAll<HTMLElement>("[data-control]"))
            .filter((element) => !marks.includes(element.dataset.control!))
            .map((element) => element.outerHTML.slice(0, 120)),
        [...reached],
      );
      expect(missed, `controls of the ${view} view that Tab never reaches`).toEqual([]);
      expect(controls, `the ${view} view has controls`).toBeGreaterThan(5);
      expect(await unnamedControls(page), `unlabelled controls in the ${view} view`).toEqual([]);
    }
    // The skip link moves focus to the view and keeps the view.
    await focusTop(page);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the view");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("view");
    expect(page.url()).toMatch(/#controls$/);
    // The bot's security token is hidden until asked for, from the keyboard too.
    await openView(page, "state");
    const show = page.getByRole("button", { name: "Show the security token of helper (Bot)" });
    expect(await page.locator(".secret code").count()).toBe(0);
    await show.focus();
    await page.keyboard.press("Enter");
    expect(await page.locator(".secret code").textContent()).toMatch(/\S{20,}/);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  for (const [size, viewport, scheme] of [
    ["desktop", DESKTOP, "light"],
    ["desktop", DESKTOP, "dark"],
    ["phone", PHONE, "light"],
    ["phone", PHONE, "dark"],
  ] as const) {
    it(`fits ${viewport.width} px in the ${scheme} scheme without sideways scrolling`, async (test) => {
      if (skipReason !== undefined) return test.skip(skipReason);
      const { page, problems } = await openPage(context, viewport, scheme);
      for (const view of VIEWS) {
        await openView(page, view);
        if (view === "calls") await page.locator("li.call summary").first().click();
        expect(
          await horizontalOverflow(page),
          `${view} at ${viewport.width} px`,
        ).toBeLessThanOrEqual(0);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.screenshot({ path: join(OUTPUT_DIR, `${view}-${size}-${scheme}.png`) });
      }
      expect(
        await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
        "the page follows prefers-color-scheme",
      ).toBe(scheme === "dark" ? "rgb(15, 20, 25)" : "rgb(255, 255, 255)");
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
