import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { ChimeHttpRequest } from "@chimekit/server";
import { afterAll, describe, expect, it } from "vitest";
import {
  DashboardNotBuiltError,
  createDashboardRoute,
  loadDashboardAssets,
} from "../../src/control/dashboard-route.js";
import { ChimeEmulator, createEmulatorHandler } from "../../src/index.js";
import { killLeftovers, startCli } from "../support/cli-process.js";

const dir = mkdtempSync(join(tmpdir(), "chimekit-dashboard-route-"));
writeFileSync(join(dir, "index.html"), '<!doctype html><script src="dashboard/app.js"></script>');
writeFileSync(join(dir, "app.js"), "console.log('dashboard');\n".repeat(50));
writeFileSync(join(dir, "notes.txt"), "not an asset the page loads");

afterAll(() => {
  killLeftovers();
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}): ChimeHttpRequest {
  return { method: "GET", path, query: "", headers, body: new Uint8Array() };
}

const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe("the dashboard route", () => {
  const route = createDashboardRoute(loadDashboardAssets(dir));

  it("serves the page at /_chimekit/ and its assets under /_chimekit/dashboard/, framing refused", () => {
    const page = route(get("/_chimekit/"))!;
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(text(page.body)).toContain("dashboard/app.js");
    const script = route(get("/_chimekit/dashboard/app.js"))!;
    expect(script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(text(script.body)).toContain("console.log('dashboard')");
  });

  it("sends gzip to clients that accept it", () => {
    const script = route(get("/_chimekit/dashboard/app.js", { "accept-encoding": "gzip, br" }))!;
    expect(script.headers["content-encoding"]).toBe("gzip");
    expect(script.body.length).toBeLessThan(200);
    expect(text(gunzipSync(script.body))).toBe("console.log('dashboard');\n".repeat(50));
  });

  it("leaves control routes and other methods to the control API, and names a missing asset", () => {
    expect(route(get("/_chimekit/health"))).toBeUndefined();
    expect(route({ ...get("/_chimekit/"), method: "POST" })).toBeUndefined();
    for (const missing of ["notes.txt", "../package.json", "index.html"]) {
      const answer = route(get(`/_chimekit/dashboard/${missing}`))!;
      expect(answer.statusCode, missing).toBe(404);
      expect(JSON.parse(text(answer.body)).message).toContain(JSON.stringify(missing));
    }
  });

  it("refuses to start without a build, naming the file it looked for", () => {
    const empty = mkdtempSync(join(tmpdir(), "chimekit-dashboard-empty-"));
    try {
      expect(() => loadDashboardAssets(empty)).toThrow(DashboardNotBuiltError);
      expect(() => loadDashboardAssets(empty)).toThrow(join(empty, "index.html"));
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("is served behind the control API's loopback check, and not at all with the control API off", async () => {
    const emulator = new ChimeEmulator();
    const handler = createEmulatorHandler({ emulator, dashboardDir: dir });
    expect(
      (await handler.handle(get("/_chimekit/"), { remoteAddress: "127.0.0.1" })).statusCode,
    ).toBe(200);
    const remote = await handler.handle(get("/_chimekit/"), { remoteAddress: "192.0.2.7" });
    expect(remote.statusCode).toBe(403);
    const off = createEmulatorHandler({ emulator, control: false, dashboardDir: dir });
    const answer = await off.handle(get("/_chimekit/"));
    expect(answer.headers["content-type"]).not.toContain("text/html");
    await emulator.close();
  });
});

describe("chimekit-mock serve and the dashboard", { timeout: 120_000 }, () => {
  it("prints the dashboard's URL and serves the built page there", async () => {
    const cli = await startCli(["--log-level", "silent"]);
    expect(cli.stderr()).toContain(`dashboard: ${cli.url}/_chimekit/`);
    const page = await fetch(`${cli.url}/_chimekit/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('src="dashboard/app.js"');
    const script = await fetch(`${cli.url}/_chimekit/dashboard/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-encoding")).toBe("gzip");
    cli.child.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
  });

  it("--no-control turns the dashboard off with the rest of the control API", async () => {
    const cli = await startCli(["--no-control", "--log-level", "silent"]);
    expect(cli.stderr()).not.toContain("dashboard:");
    expect(cli.stderr()).toContain("control API: off");
    const page = await fetch(`${cli.url}/_chimekit/`);
    expect(page.headers.get("content-type")).not.toContain("text/html");
    expect(await fetch(`${cli.url}/_chimekit/dashboard/app.js`).then((r) => r.status)).not.toBe(
      200,
    );
    cli.child.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
  });
});
