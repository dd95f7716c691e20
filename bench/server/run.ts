/**
 * `pnpm bench:server`: requests per second of GetUser returning a fixed user
 * through the generated stack (auth off, then sigv4) against a bare
 * `node:http` server returning the same bytes. Each server and the load
 * generator run in processes of their own; see throughput/rounds.ts for the
 * warm-up and the alternating rounds.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { writeReport, type BenchFigure } from "../report.ts";
import { measureAlternating } from "../throughput/rounds.ts";
import { signedGetHeaders } from "../throughput/sign.ts";
import { ACCESS_KEY, GET_USER_PATH, SECRET_KEY } from "./fixtures.ts";

const CONNECTIONS = 32;
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 3);
const ROUNDS = 3;
const WARM_UP_SECONDS = 2;
const AUTH_OFF_TARGET = 0.6;
const SIGV4_TARGET = 0.45;

type Mode = "bare" | "off" | "sigv4";

/** Starts a server child; the bare server is given the exact bytes to answer with. */
async function startServer(
  mode: Mode,
  body?: Buffer,
): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(new URL("./serve.ts", import.meta.url)), [mode], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, BENCH_BODY: body?.toString("base64") ?? "" },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`the ${mode} server exited with ${code}`)));
  });
  return { child, port };
}

/** What the generated stack writes for GetUser: the bytes the bare server answers with. */
async function generatedStackBody(): Promise<Buffer> {
  const { child, port } = await startServer("off");
  try {
    const response = await fetch(`http://127.0.0.1:${port}${GET_USER_PATH}`);
    if (response.status !== 200)
      throw new Error(`GetUser answered ${response.status}: ${await response.text()}`);
    return Buffer.from(await response.arrayBuffer());
  } finally {
    child.disconnect();
  }
}

const modes: Mode[] = ["bare", "off", "sigv4"];
const body = await generatedStackBody();
const servers = await Promise.all(
  modes.map((mode) => startServer(mode, mode === "bare" ? body : undefined)),
);
try {
  const targets = await Promise.all(
    servers.map(async ({ child, port }, i) => ({
      name: modes[i]!,
      url: `http://127.0.0.1:${port}${GET_USER_PATH}`,
      pid: child.pid,
      headers:
        modes[i] === "sigv4"
          ? await signedGetHeaders(port, GET_USER_PATH, {
              accessKeyId: ACCESS_KEY,
              secretAccessKey: SECRET_KEY,
            })
          : undefined,
    })),
  );
  const measured = await measureAlternating(targets, {
    connections: CONNECTIONS,
    warmUpSeconds: WARM_UP_SECONDS,
    rounds: ROUNDS,
    roundSeconds: ROUND_SECONDS,
  });
  const [bare, off, sigv4] = measured.targets.map((t) => t.best) as [number, number, number];
  const method = `${measured.method}; rounds in req/s: ${measured.targets.map((t) => `${t.name} ${t.rounds.map(Math.round).join(", ")}`).join("; ")}`;
  const ratio = (ours: number) => Math.round((ours / bare) * 100) / 100;
  const figures: BenchFigure[] = [
    {
      metric: `GetUser requests/s at concurrency ${CONNECTIONS}, auth off`,
      unit: "req/s",
      ours: Math.round(off),
      peer: Math.round(bare),
      peerName: "bare node:http, same bytes",
      ratio: ratio(off),
      target: `ratio >= ${AUTH_OFF_TARGET}`,
      met: off / bare >= AUTH_OFF_TARGET,
      method,
    },
    {
      metric: `GetUser requests/s at concurrency ${CONNECTIONS}, auth sigv4`,
      unit: "req/s",
      ours: Math.round(sigv4),
      peer: Math.round(bare),
      peerName: "bare node:http, same bytes",
      ratio: ratio(sigv4),
      target: `ratio >= ${SIGV4_TARGET}`,
      met: sigv4 / bare >= SIGV4_TARGET,
      method,
    },
  ];
  writeReport("server", figures);
} finally {
  for (const { child } of servers) child.disconnect();
}
