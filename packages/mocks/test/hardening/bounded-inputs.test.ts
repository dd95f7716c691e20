import { describe, expect, it } from "vitest";
import { startBanner } from "../../src/cli/banner.js";
import { parseServeOptions, UsageError } from "../../src/cli/options.js";
import { FaultPlan, MAX_LATENCY_MS } from "../../src/control/faults.js";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { createEmulatorHandler } from "../../src/http/emulator-handler.js";

describe("durations are bounded", () => {
  it("refuses a fault latency a timer cannot hold, or a negative one, naming latency", () => {
    const faults = new FaultPlan();
    for (const latency of ["30d", -5, "-1s", 1e300, MAX_LATENCY_MS + 1]) {
      expect(() => faults.add({ operation: "GetUser", latency }), String(latency)).toThrow(
        /faults: latency .*duration/,
      );
    }
    expect(faults.list()).toEqual([]);
    expect(faults.add({ operation: "GetUser", latency: "10m" }).latencyMs).toBe(MAX_LATENCY_MS);
  });

  it("refuses --latency, timeouts and emulated delays out of range on the command line", () => {
    for (const args of [
      ["--latency", "30d"],
      ["--latency", "-5"],
      ["--request-timeout", "30d"],
      ["--order-delay", "99999d"],
    ]) {
      expect(() => parseServeOptions(args, {}), args.join(" ")).toThrow(UsageError);
    }
  });
});

describe("no secret in the banner", () => {
  const accessKeys = {
    AKIDBANNER: { awsAccountId: "123456789012", secretAccessKey: "s3cr3t-value" },
  };

  it("names the configured key but never prints its secret, nor a control token given by flag or environment", () => {
    const options = parseServeOptions(
      ["--auth", "sigv4", "--access-key", "AKIDBANNER=123456789012:s3cr3t-value"],
      { CHIMEKIT_CONTROL_TOKEN: "operator-chosen-token" },
    );
    expect(options.accessKeys).toEqual(accessKeys);
    expect(options.controlToken).toBe("operator-chosen-token");
    const banner = startBanner("http://127.0.0.1:4580", options, "in memory", {
      token: "operator-chosen-token",
      generated: false,
    });
    expect(banner).toContain("AKIDBANNER");
    expect(banner).not.toContain("s3cr3t-value");
    expect(banner).not.toContain("operator-chosen-token");
    expect(banner).toContain('curl -H "x-chimekit-control-token: $CHIMEKIT_CONTROL_TOKEN"');
  });

  it("prints a made-up control token once, with the line that uses it", () => {
    const options = parseServeOptions(
      ["--auth", "sigv4", "--access-key", "AKIDBANNER=123456789012:s3cr3t-value"],
      {},
    );
    const banner = startBanner("http://127.0.0.1:4580", options, "in memory", {
      token: "made-up-token-0123456789",
      generated: true,
    });
    expect(banner.split("made-up-token-0123456789")).toHaveLength(3);
    expect(banner).toContain("x-chimekit-control-token: made-up-token-0123456789");
  });

  it("refuses a control token too short to be one", () => {
    expect(() => parseServeOptions(["--control-token", "abc"], {})).toThrow(/16 characters/);
  });
});

describe("reads do not grow memory", () => {
  it("keeps no partition and a bounded cache for 12,000 access keys that only read", async () => {
    const emulator = new ChimeEmulator();
    const handler = createEmulatorHandler({ emulator, callHistory: 0 });
    for (let i = 0; i < 12_000; i += 1) {
      const answer = await handler.handle({
        method: "GET",
        path: "/accounts",
        query: "",
        headers: {
          authorization: `AWS4-HMAC-SHA256 Credential=AKIDREADER${i}/20250101/us-east-1/chime/aws4_request, SignedHeaders=host, Signature=00`,
        },
        body: new Uint8Array(),
      });
      expect(answer.statusCode).toBe(200);
    }
    expect(await emulator.store.partitions()).toEqual([]);
    const internals = emulator as unknown as {
      timers: { nextDue: Map<string, number> };
      store: { partitionsById: Map<string, unknown> };
    };
    expect(internals.store.partitionsById.size).toBe(0);
    expect(internals.timers.nextDue.size).toBeLessThanOrEqual(10_000);
  }, 60_000);
});
