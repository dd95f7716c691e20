import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { killLeftovers, runCli, startCli } from "../support/cli-process.js";

const dir = mkdtempSync(join(tmpdir(), "chimekit-cli-"));
afterAll(() => {
  killLeftovers();
  rmSync(dir, { recursive: true, force: true });
});

describe("chimekit-mock", { timeout: 120000 }, () => {
  it("prints its usage for --help and its version for --version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("chimekit-mock serve");
    expect(help.stdout).toContain("--state <file>");
    const version = await runCli(["--version"]);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("names the flag at fault and exits 2", async () => {
    for (const [args, text] of [
      [["serve", "--auth", "maybe"], '--auth "maybe"'],
      [["serve", "--latency", "soon"], "--latency"],
      [["serve", "--fault-rate", "2"], '--fault-rate "2"'],
      [["serve", "--auth", "sigv4"], "--access-key"],
      [["serve", "--bogus"], "bogus"],
      [["launch"], 'unknown command "launch"'],
    ] as const) {
      const result = await runCli([...args]);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toContain(text);
    }
  });

  it("serves, prints the endpoint and how to use it, logs one JSON line per request, and stops on SIGTERM", async () => {
    const cli = await startCli(["--log-level", "info"]);
    expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(cli.stderr()).toContain(`listening on ${cli.url}`);
    expect(cli.stderr()).toContain(`aws chime list-accounts --endpoint-url ${cli.url}`);
    expect(cli.stderr()).toContain("boto3.client");
    const response = await fetch(`${cli.url}/accounts`, {
      method: "POST",
      body: JSON.stringify({ Name: "logged" }),
    });
    expect(response.status).toBe(201);
    await fetch(`${cli.url}/accounts/missing`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const lines = cli
      .stdout()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === "request");
    expect(lines).toEqual([
      expect.objectContaining({ operation: "CreateAccount", status: 201, ms: expect.any(Number) }),
      expect.objectContaining({
        operation: "GetAccount",
        status: 404,
        errorType: "NotFoundException",
      }),
    ]);
    cli.child.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
  });

  it("has written the log line of every answered request when it stops on SIGTERM or SIGINT", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const cli = await startCli([]);
      const requests = 1500;
      let sent = 0;
      const worker = async () => {
        while (sent < requests) {
          sent += 1;
          const response = await fetch(`${cli.url}/accounts/missing-${sent}`);
          expect(response.status).toBe(404);
          await response.arrayBuffer();
        }
      };
      await Promise.all(Array.from({ length: 32 }, worker));
      // Every request has been answered; no pause: lines still buffered must reach stdout before exit.
      cli.child.kill(signal);
      expect(await cli.exited).toBe(0);
      const lines = cli
        .stdout()
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(
        lines.filter((line) => line.msg === "request"),
        signal,
      ).toHaveLength(requests);
      // The stop is logged once; a request answered just before the signal may log after it.
      expect(lines.filter((line) => line.msg === "stopping")).toEqual([
        expect.objectContaining({ signal }),
      ]);
    }
  });

  it("loads seed fixtures, stops on SIGINT, and can leave the control API out", async () => {
    const seed = join(dir, "fixtures.json");
    writeFileSync(
      seed,
      JSON.stringify({
        awsAccounts: {
          "111122223333": { accounts: [{ Name: "seeded", AccountType: "EnterpriseLWA" }] },
        },
      }),
    );
    const cli = await startCli(["--seed", seed, "--no-control", "--log-level", "silent"]);
    const listed = (await (await fetch(`${cli.url}/accounts`)).json()) as {
      Accounts: { Name: string }[];
    };
    expect(listed.Accounts.map((a) => a.Name)).toEqual(["seeded"]);
    expect((await fetch(`${cli.url}/_chimekit/health`)).status).not.toBe(200);
    cli.child.kill("SIGINT");
    expect(await cli.exited).toBe(0);
  });

  it("explains a bad seed file and a port in use", async () => {
    const seed = join(dir, "bad.json");
    writeFileSync(
      seed,
      JSON.stringify({ awsAccounts: { "111122223333": { accounts: [{ AccountType: "Team" }] } } }),
    );
    const bad = await runCli(["serve", "--port", "0", "--seed", seed]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("accounts[0].Name");
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    const busy = await runCli(["serve", "--port", String(port), "--log-level", "silent"]);
    blocker.close();
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain(`port ${port}`);
  });

  it("under --auth sigv4 prints a made-up control token once, never the secret, and the control API wants it", async () => {
    const cli = await startCli([
      "--auth",
      "sigv4",
      "--access-key",
      "AKIDCLITENANT=123456789012:cli-tenant-secret",
      "--log-level",
      "silent",
    ]);
    try {
      await expect.poll(() => cli.stderr()).toContain("Control API credential");
      const token = /Control API credential .*: (\S+)/.exec(cli.stderr())![1];
      expect(cli.stderr()).not.toContain("cli-tenant-secret");
      expect((await fetch(`${cli.url}/_chimekit/health`)).status).toBe(401);
      const allowed = await fetch(`${cli.url}/_chimekit/health`, {
        headers: { "x-chimekit-control-token": token },
      });
      expect(allowed.status).toBe(200);
    } finally {
      cli.child.kill("SIGTERM");
      await cli.exited;
    }
  });
});
