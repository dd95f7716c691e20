import autocannon from "autocannon";
import { round, type BenchFigure } from "../report.ts";
import { getUserPath, listUsersPath } from "./fixtures.ts";
import { startServer } from "./servers.ts";

const CONNECTIONS = 32;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = 3;
const TARGET_RATIO = 0.5;

async function run(url: string, duration: number): Promise<number> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors during the run`,
    );
  }
  return result.requests.average;
}

/**
 * Requests per second of each target, measured in alternating rounds so that
 * a burst of load from elsewhere on the machine hits every target alike; each
 * target's best round counts (the figure least disturbed by others).
 */
async function requestsPerSecond(urls: string[]): Promise<number[]> {
  for (const url of urls) await run(url, 2);
  const best = urls.map(() => 0);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [i, url] of urls.entries()) {
      best[i] = Math.max(
        best[i],
        await run(url, Math.max(1, Math.round(DURATION_SECONDS / ROUNDS))),
      );
    }
  }
  return best;
}

/**
 * GetUser and ListUsers (a page of 100) per second against the emulator, each
 * next to a bare node:http server answering the emulator's own GetUser bytes,
 * autocannon at concurrency 32, best of three alternating rounds.
 */
export async function throughputFigures(): Promise<BenchFigure[]> {
  const emulator = await startServer(["emulator", "1000"]);
  const getUserBody = Buffer.from(
    await (await fetch(`${emulator.url}${getUserPath("user-7")}`)).arrayBuffer(),
  );
  const bare = await startServer(["bare"], getUserBody);
  try {
    const [bareRate, getUser, listUsers] = await requestsPerSecond([
      `${bare.url}/`,
      `${emulator.url}${getUserPath("user-7")}`,
      `${emulator.url}${listUsersPath()}`,
    ]);
    const peer = { peer: bareRate, peerName: "bare node:http, fixed GetUser body" };
    return [
      {
        metric: `GetUser requests/s at concurrency ${CONNECTIONS}`,
        unit: "req/s",
        ours: getUser,
        ...peer,
        ratio: round(getUser / bareRate),
        target: `ratio >= ${TARGET_RATIO}`,
        met: getUser / bareRate >= TARGET_RATIO,
      },
      {
        metric: `ListUsers (page of 100) requests/s at concurrency ${CONNECTIONS}`,
        unit: "req/s",
        ours: listUsers,
        ...peer,
        ratio: round(listUsers / bareRate),
      },
    ];
  } finally {
    await emulator.stop();
    await bare.stop();
  }
}
