import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleProgram } from "../support/bundle-program.js";
import { startCannedServer, type CannedServer } from "../support/canned-server.js";
import { dropinService } from "./service-script.js";

/**
 * The drop-in test: programs written for @aws-sdk/client-chime type-check
 * under `strict` and run, unchanged but for their import, against
 * @chimekit/client (the built package), printing the same results.
 */

const run = promisify(execFile);
const programsDir = new URL("./programs/", import.meta.url);
const workDir = new URL("../../test-output/dropin/", import.meta.url);
const programs = readdirSync(programsDir).filter((name) => name.endsWith(".ts"));
const toChimekit = (source: string) =>
  source.replaceAll('"@aws-sdk/client-chime"', '"@chimekit/client"');
/** The program with its `endpoint` option removed: the endpoint then comes from the environment. */
const withoutEndpoint = (source: string) =>
  source.replace(/^\s*endpoint: process\.env\.CHIME_ENDPOINT,\n/m, "");
const variants = {
  official: (source: string) => source,
  chimekit: toChimekit,
  "official-configured": withoutEndpoint,
  "chimekit-configured": (source: string) => withoutEndpoint(toChimekit(source)),
};

let server: CannedServer;

/** The JavaScript tsc compiled from a variant of a program. */
function compiled(variant: string, program: string): string {
  return new URL(`dist/${variant}/${program.replace(/\.ts$/, ".js")}`, workDir).pathname;
}

beforeAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  for (const [variant, rewrite] of Object.entries(variants)) {
    mkdirSync(new URL(`${variant}/`, workDir), { recursive: true });
    for (const program of programs) {
      const source = readFileSync(new URL(program, programsDir), "utf8");
      writeFileSync(new URL(`${variant}/${program}`, workDir), rewrite(source));
    }
  }
  writeFileSync(
    new URL("tsconfig.json", workDir),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        skipLibCheck: true,
        types: ["node"],
        rootDir: ".",
        outDir: "dist",
      },
      include: Object.keys(variants).map((variant) => `${variant}/*.ts`),
    }),
  );
  server = await startCannedServer();
  server.respondWith(dropinService);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe("drop-in for @aws-sdk/client-chime", () => {
  it("has programs whose only change is their import", () => {
    expect(programs.length).toBeGreaterThanOrEqual(4);
    for (const program of programs) {
      const source = readFileSync(new URL(program, programsDir), "utf8");
      expect(source).toContain('"@aws-sdk/client-chime"');
      expect(variants.chimekit(source)).not.toContain('"@aws-sdk/client-chime"');
    }
  });

  it("type-checks every program under strict, against both clients", async () => {
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    const result = await run(process.execPath, [
      tsc,
      "-p",
      new URL("tsconfig.json", workDir).pathname,
    ]).catch((error: { stdout: string; stderr: string }) => error);
    expect(result.stdout + result.stderr).toBe("");
  }, 120_000);

  it.each(programs)(
    "%s prints the same results with either client",
    async (program) => {
      const script = (variant: string) =>
        new URL(`dist/${variant}/${program.replace(/\.ts$/, ".js")}`, workDir).pathname;
      const env = {
        ...process.env,
        CHIME_ENDPOINT: server.url,
        AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING: "1",
      };
      const official = await run(process.execPath, [script("official")], { env });
      const chimekit = await run(process.execPath, [script("chimekit")], { env });
      expect(JSON.parse(chimekit.stdout)).toEqual(JSON.parse(official.stdout));
      expect(official.stdout).not.toMatch(/No route for/);
      expect(EXPECTED[program]).toBeDefined();
      expect(JSON.parse(chimekit.stdout)).toEqual(EXPECTED[program]);
    },
    60_000,
  );

  it.each(programs)(
    "%s runs unchanged but for its endpoint, taken from AWS_ENDPOINT_URL_CHIME",
    async (program) => {
      const source = readFileSync(new URL(program, programsDir), "utf8");
      expect(withoutEndpoint(source)).not.toContain("endpoint:");
      const env = {
        PATH: process.env.PATH ?? "",
        AWS_ENDPOINT_URL_CHIME: server.url,
        AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING: "1",
      };
      const official = await run(process.execPath, [compiled("official-configured", program)], {
        env,
      });
      const chimekit = await run(process.execPath, [compiled("chimekit-configured", program)], {
        env,
      });
      expect(JSON.parse(chimekit.stdout)).toEqual(EXPECTED[program]);
      expect(JSON.parse(official.stdout)).toEqual(EXPECTED[program]);
    },
    60_000,
  );

  it.each(programs)(
    "%s runs bundled into one file from an empty folder",
    async (program) => {
      const bundled = await bundleProgram({ entryPoint: compiled("chimekit", program) }, "esm");
      try {
        const { stdout, stderr } = await bundled.run({ CHIME_ENDPOINT: server.url });
        expect(stderr).toBe("");
        expect(JSON.parse(stdout)).toEqual(EXPECTED[program]);
      } finally {
        bundled.remove();
      }
    },
    60_000,
  );

  it("ran the programs' own middleware with either client", () => {
    const marked = server.requests.filter((request) => request.headers["x-program"] === "commands");
    // Three marked calls per run: both clients, both with a configured endpoint, the bundle.
    expect(marked).toHaveLength(15);
  });
});

/** What each program prints against the scripted service. */
const EXPECTED: Record<string, unknown> = {
  "commands.ts": {
    user: "user-1 <user1@example.com> Pro registered 2018-12-20T18:45:25.231Z",
    status: 200,
    requestId: "dropin-request",
    attempts: 1,
    account: "Example Corp",
    created: true,
    accountStatus: 201,
    updatedLicense: "Pro",
  },
  "aggregated.ts": {
    email: "user1@example.com",
    accounts: ["Alpha", "Beta"],
    account: "Team",
    accountStatus: 200,
  },
  "paginator.ts": { pages: 2, users: ["user-1", "user-2", "user-3"] },
  "errors.ts": [
    {
      label: "missing user",
      notFound: true,
      code: "NotFound",
      message: "User missing not found",
      status: 404,
    },
    { label: "throttled", throttled: true, fault: "client" },
    { label: "unknown error", service: "AccountLockedException", fault: "client", status: 409 },
  ],
};
