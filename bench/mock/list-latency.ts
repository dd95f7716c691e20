import { Agent } from "node:http";
import { request } from "node:http";
import { round, type BenchFigure } from "../report.ts";
import { listUsersPath } from "./fixtures.ts";
import { startServer } from "./servers.ts";

const SMALL = 1_000;
const LARGE = 100_000;
const PAGES = Number(process.env.BENCH_PAGES ?? 1000);

function get(url: string, agent: Agent): Promise<{ ms: number; body: { NextToken?: string } }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request(url, { agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        if (res.statusCode !== 200) reject(new Error(`${url}: status ${res.statusCode}`));
        else
          resolve({
            ms: performance.now() - started,
            body: JSON.parse(Buffer.concat(chunks).toString()),
          });
      });
    })
      .on("error", reject)
      .end();
  });
}

/** Median milliseconds of `PAGES` sequential ListUsers pages of 100, walking the users and starting over at the end. */
async function pageLatency(users: number): Promise<{ medianMs: number; heapBytes: number }> {
  const server = await startServer(["emulator", String(users)]);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const times: number[] = [];
    let token: string | undefined;
    for (let i = 0; i < PAGES + 50; i += 1) {
      const { ms, body } = await get(`${server.url}${listUsersPath(token)}`, agent);
      if (i >= 50) times.push(ms);
      token = body.NextToken;
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)], heapBytes: server.heapBytes };
  } finally {
    agent.destroy();
    await server.stop();
  }
}

/**
 * ListUsers page latency with 100,000 users next to the same with 1,000
 * (target: within 2x, that is ratio = small / large >= 0.5), and the heap the
 * 100,000 users hold in the in-memory store.
 */
export async function listLatencyFigures(): Promise<BenchFigure[]> {
  const small = await pageLatency(SMALL);
  const large = await pageLatency(LARGE);
  const ratio = small.medianMs / large.medianMs;
  return [
    {
      metric: `ListUsers page (100) median latency, ${LARGE.toLocaleString("en")} users`,
      unit: "ms",
      ours: round(large.medianMs),
      peer: round(small.medianMs),
      peerName: `same emulator, ${SMALL.toLocaleString("en")} users`,
      ratio: round(ratio),
      target: "ratio >= 0.5 (within 2x; lower latency is better)",
      met: ratio >= 0.5,
    },
    {
      metric: `heap held by ${LARGE.toLocaleString("en")} users (in-memory store)`,
      unit: "MiB",
      ours: round(large.heapBytes / 2 ** 20),
    },
    {
      metric: "heap per user (in-memory store)",
      unit: "bytes",
      ours: Math.round(large.heapBytes / LARGE),
    },
  ];
}
