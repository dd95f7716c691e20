import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulatorProcess, type EmulatorProcess } from "../load/emulator-process.ts";
import { round, type BenchFigure } from "../report.ts";
import { measureAlternating, type Target } from "../throughput/rounds.ts";
import { signedGetHeaders } from "../throughput/sign.ts";
import { benchUsers, getUserPath, listUsersPath, USERS_ACCOUNT_ID } from "./fixtures.ts";
import { startServer } from "./servers.ts";

const CONNECTIONS = 32;
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 3);
const ROUNDS = 3;
const WARM_UP_SECONDS = 2;
const GET_USER_TARGET = 0.5;
const SIGV4_TARGET = 0.6;
/** The AWS account `chimekit-mock serve` gives unsigned requests unless told otherwise. */
const CLI_DEFAULT_AWS_ACCOUNT_ID = "111122223333";
const SIGNER = { accessKeyId: "AKIDBENCHMOCK", secretAccessKey: "bench-mock-secret" };

/** A seed file with one account of `users` users in the CLI's default AWS account. */
function writeSeed(dir: string, users: number): string {
  const file = join(dir, "seed.json");
  const seed = {
    awsAccounts: {
      [CLI_DEFAULT_AWS_ACCOUNT_ID]: {
        accounts: [{ AccountId: USERS_ACCOUNT_ID, Name: "users", users: benchUsers(users) }],
      },
    },
  };
  writeFileSync(file, JSON.stringify(seed));
  return file;
}

/**
 * GetUser and ListUsers (a page of 100) per second against `chimekit-mock
 * serve` started as users start it (its default options: request log on,
 * here written to a file), next to a bare node:http server answering the
 * emulator's own GetUser bytes; and GetUser under `--auth sigv4` next to the
 * same CLI with auth off. Every server and the load generator run in
 * processes of their own (see throughput/rounds.ts).
 */
export async function throughputFigures(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), "chimekit-bench-mock-"));
  const seed = writeSeed(dir, 1000);
  const started: { stop(): Promise<void> }[] = [];
  try {
    const cli = async (name: string, args: string[]): Promise<EmulatorProcess> => {
      const emulator = await startEmulatorProcess(["--seed", seed, ...args], {
        logFile: join(dir, `${name}.log`),
      });
      started.push(emulator);
      return emulator;
    };
    const authOff = await cli("auth-off", []);
    const sigv4 = await cli("sigv4", [
      "--auth",
      "sigv4",
      "--access-key",
      `${SIGNER.accessKeyId}=${CLI_DEFAULT_AWS_ACCOUNT_ID}:${SIGNER.secretAccessKey}`,
    ]);
    const getUser = getUserPath("user-7");
    const getUserBody = Buffer.from(await (await fetch(`${authOff.url}${getUser}`)).arrayBuffer());
    const bare = await startServer(["bare"], getUserBody);
    started.push(bare);
    const targets: Target[] = [
      { name: "bare node:http", url: `${bare.url}/`, pid: bare.child.pid },
      { name: "GetUser", url: `${authOff.url}${getUser}`, pid: authOff.child.pid },
      { name: "ListUsers", url: `${authOff.url}${listUsersPath()}`, pid: authOff.child.pid },
      {
        name: "GetUser sigv4",
        url: `${sigv4.url}${getUser}`,
        pid: sigv4.child.pid,
        headers: await signedGetHeaders(Number(new URL(sigv4.url).port), getUser, SIGNER),
      },
    ];
    const measured = await measureAlternating(targets, {
      connections: CONNECTIONS,
      warmUpSeconds: WARM_UP_SECONDS,
      rounds: ROUNDS,
      roundSeconds: ROUND_SECONDS,
    });
    const [bareRate, getUserRate, listUsersRate, sigv4Rate] = measured.targets.map((t) => t.best);
    const logBytes = statSync(join(dir, "auth-off.log")).size;
    const method = `${measured.method}; the emulator is \`chimekit-mock serve\` at its default options in its own process, its request log written to a file (${round(logBytes / 2 ** 20)} MiB in this run); rounds in req/s: ${measured.targets.map((t) => `${t.name} ${t.rounds.map(Math.round).join(", ")}`).join("; ")}`;
    const peer = {
      peer: Math.round(bareRate!),
      peerName: "bare node:http, fixed GetUser body",
      method,
    };
    return [
      {
        metric: `GetUser requests/s at concurrency ${CONNECTIONS}, chimekit-mock serve (defaults, log to file)`,
        unit: "req/s",
        ours: Math.round(getUserRate!),
        ...peer,
        ratio: round(getUserRate! / bareRate!),
        target: `ratio >= ${GET_USER_TARGET}`,
        met: getUserRate! / bareRate! >= GET_USER_TARGET,
      },
      {
        metric: `ListUsers (page of 100) requests/s at concurrency ${CONNECTIONS}, chimekit-mock serve (defaults, log to file)`,
        unit: "req/s",
        ours: Math.round(listUsersRate!),
        ...peer,
        ratio: round(listUsersRate! / bareRate!),
      },
      {
        metric: `GetUser requests/s at concurrency ${CONNECTIONS}, chimekit-mock serve --auth sigv4 (log to file)`,
        unit: "req/s",
        ours: Math.round(sigv4Rate!),
        peer: Math.round(getUserRate!),
        peerName: "same CLI, auth off",
        method,
        ratio: round(sigv4Rate! / getUserRate!),
        target: `ratio >= ${SIGV4_TARGET}`,
        met: sigv4Rate! / getUserRate! >= SIGV4_TARGET,
      },
    ];
  } finally {
    for (const server of started.reverse()) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
