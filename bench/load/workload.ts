import { Agent, request } from "node:http";

/** One call of the mixed workload; `expect` is the status a correct emulator answers. */
interface Call {
  kind: "read" | "write" | "list" | "batch";
  method: string;
  path: string;
  body?: unknown;
  expect: number;
}

export interface LoadFixture {
  accountId: string;
  userIds: string[];
  roomId: string;
}

export interface LoadResult {
  requests: number;
  unexpected: number;
  /** The first few unexpected answers, for the report. */
  samples: string[];
  latenciesMs: number[];
  byKind: Record<string, number>;
  durationMs: number;
}

interface Answer {
  status: number;
  text: string;
}

function send(agent: Agent, base: URL, call: Omit<Call, "kind" | "expect">): Promise<Answer> {
  const body = call.body === undefined ? undefined : Buffer.from(JSON.stringify(call.body));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        method: call.method,
        path: call.path,
        agent,
        headers: body ? { "content-type": "application/json", "content-length": body.length } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** An account with users and a room whose membership the workload toggles. */
export async function createLoadFixture(url: string, users = 50): Promise<LoadFixture> {
  const agent = new Agent({ keepAlive: true });
  const base = new URL(url);
  const json = async (call: Omit<Call, "kind" | "expect">) => {
    const answer = await send(agent, base, call);
    if (answer.status >= 300)
      throw new Error(`${call.method} ${call.path}: ${answer.status} ${answer.text}`);
    return JSON.parse(answer.text) as Record<string, Record<string, string>>;
  };
  const accountId = (await json({ method: "POST", path: "/accounts", body: { Name: "load" } }))
    .Account.AccountId;
  const userIds: string[] = [];
  for (let i = 0; i < users; i += 1) {
    const created = await json({
      method: "POST",
      path: `/accounts/${accountId}/users?operation=create`,
      body: { Email: `load${i}@example.com`, Username: `load${i}` },
    });
    userIds.push(created.User.UserId);
  }
  const roomId = (
    await json({ method: "POST", path: `/accounts/${accountId}/rooms`, body: { Name: "load" } })
  ).Room.RoomId;
  agent.destroy();
  return { accountId, userIds, roomId };
}

/**
 * The mixed workload: reads (GetUser, GetAccount), writes (UpdateUser, a
 * room created then deleted), lists (ListUsers, ListRooms) and batch calls
 * (BatchUpdateUser). The data set stays the same size, so memory growth
 * means a leak, not more data.
 */
function nextCall(fixture: LoadFixture, n: number): Call[] {
  const { accountId, userIds } = fixture;
  const userId = userIds[n % userIds.length];
  switch (n % 8) {
    case 0:
    case 1:
      return [
        {
          kind: "read",
          method: "GET",
          path: `/accounts/${accountId}/users/${userId}`,
          expect: 200,
        },
      ];
    case 2:
      return [{ kind: "read", method: "GET", path: `/accounts/${accountId}`, expect: 200 }];
    case 3:
      return [
        {
          kind: "write",
          method: "POST",
          path: `/accounts/${accountId}/users/${userId}`,
          body: { LicenseType: n % 16 === 3 ? "Pro" : "Basic" },
          expect: 200,
        },
      ];
    case 4:
      return [
        {
          kind: "list",
          method: "GET",
          path: `/accounts/${accountId}/users?max-results=20`,
          expect: 200,
        },
      ];
    case 5:
      return [
        {
          kind: "list",
          method: "GET",
          path: `/accounts/${accountId}/rooms?max-results=20`,
          expect: 200,
        },
      ];
    case 6:
      return [
        {
          kind: "batch",
          method: "POST",
          path: `/accounts/${accountId}/users`,
          body: {
            UpdateUserRequestItems: userIds
              .slice(0, 5)
              .map((UserId) => ({ UserId, LicenseType: n % 16 === 6 ? "Pro" : "Basic" })),
          },
          expect: 200,
        },
      ];
    default:
      return [
        {
          kind: "write",
          method: "POST",
          path: `/accounts/${accountId}/rooms`,
          body: { Name: `r${n}` },
          expect: 201,
        },
      ];
  }
}

/** Runs the workload with `concurrency` workers for `durationMs`; every answer is checked. */
export async function runWorkload(
  url: string,
  fixture: LoadFixture,
  options: { concurrency: number; durationMs: number },
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const base = new URL(url);
  const result: LoadResult = {
    requests: 0,
    unexpected: 0,
    samples: [],
    latenciesMs: [],
    byKind: {},
    durationMs: 0,
  };
  const started = performance.now();
  const deadline = started + options.durationMs;
  let counter = 0;
  const check = (call: Call, answer: Answer, ms: number) => {
    result.requests += 1;
    result.latenciesMs.push(ms);
    result.byKind[call.kind] = (result.byKind[call.kind] ?? 0) + 1;
    if (answer.status !== call.expect) {
      result.unexpected += 1;
      if (result.samples.length < 5)
        result.samples.push(
          `${call.method} ${call.path} -> ${answer.status} ${answer.text.slice(0, 200)}`,
        );
    }
  };
  const worker = async () => {
    while (performance.now() < deadline) {
      for (const call of nextCall(fixture, counter++)) {
        const t0 = performance.now();
        let answer: Answer;
        try {
          answer = await send(agent, base, call);
        } catch (error) {
          answer = { status: 0, text: (error as Error).message };
        }
        check(call, answer, performance.now() - t0);
        if (call.expect === 201 && answer.status === 201) {
          const roomId = (JSON.parse(answer.text) as { Room: { RoomId: string } }).Room.RoomId;
          const del = {
            kind: "write" as const,
            method: "DELETE",
            path: `/accounts/${fixture.accountId}/rooms/${roomId}`,
            expect: 204,
          };
          const t1 = performance.now();
          const deleted = await send(agent, base, del).catch((error: Error) => ({
            status: 0,
            text: error.message,
          }));
          check(del, deleted, performance.now() - t1);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  result.durationMs = performance.now() - started;
  agent.destroy();
  return result;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
