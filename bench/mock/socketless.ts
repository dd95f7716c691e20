import {
  ChimeClient,
  CreateAccountCommand,
  CreateUserCommand,
  GetUserCommand,
} from "@chimekit/client";
import { ChimeEmulator, chimeMockHandler, startEmulatorServer } from "@chimekit/mocks";
import { round, type BenchFigure } from "../report.ts";

/**
 * Calls per path before timing. V8 keeps optimizing the client stack and
 * growing its young generation for tens of thousands of calls: after 2,000
 * calls a GetUser still cost about twice its steady-state time, which made the
 * ratio depend on how far each path happened to be along that curve.
 */
const WARM_UP_CALLS = Number(process.env.BENCH_SOCKETLESS_WARM_UP ?? 10_000);
/**
 * Alternating rounds; the best of each path is the one least disturbed by
 * other work on the machine. Each round lasts about as long for either path
 * (the faster one makes more calls), so that neither is likelier to fit a
 * quiet moment of the machine.
 */
const ROUNDS = 12;
const ROUND_MS = Number(process.env.BENCH_SOCKETLESS_ROUND_MS ?? 600);
/** Calls that time each path once warm, to size its rounds. */
const CALIBRATION_CALLS = 1000;
const TARGET_RATIO = 3;
const credentials = { accessKeyId: "AKIDBENCH", secretAccessKey: "bench-secret" };

/** An account with one user, and the GetUser command that reads it. */
async function seededGetUser(client: ChimeClient): Promise<GetUserCommand> {
  const { Account } = await client.send(new CreateAccountCommand({ Name: "Bench" }));
  const AccountId = Account!.AccountId;
  const { User } = await client.send(
    new CreateUserCommand({ AccountId, Email: "bench@example.com", Username: "bench" }),
  );
  return new GetUserCommand({ AccountId, UserId: User!.UserId! });
}

/** Microseconds per GetUser, sent one after another through the client's whole stack. */
async function microsPerCall(
  client: ChimeClient,
  command: GetUserCommand,
  calls: number,
): Promise<number> {
  const start = process.hrtime.bigint();
  for (let call = 0; call < calls; call += 1) await client.send(command);
  return Number(process.hrtime.bigint() - start) / 1000 / calls;
}

/**
 * GetUser through the full client stack (serialization, SigV4 signing,
 * retry middleware) answered by the emulator in process via
 * `chimeMockHandler()`, next to the same calls over loopback HTTP (keep-alive)
 * to the same emulator served by `startEmulatorServer`. Sequential calls,
 * after a warm-up to steady state; best of twelve alternating rounds of
 * about equal duration.
 */
export async function socketlessFigures(): Promise<BenchFigure[]> {
  const inProcess = new ChimeClient({ requestHandler: chimeMockHandler(), credentials });
  const server = await startEmulatorServer({ emulator: new ChimeEmulator(), port: 0 });
  const overHttp = new ChimeClient({ endpoint: server.url, credentials });
  try {
    const targets: [ChimeClient, GetUserCommand][] = [
      [inProcess, await seededGetUser(inProcess)],
      [overHttp, await seededGetUser(overHttp)],
    ];
    const callsPerRound: number[] = [];
    for (const [client, command] of targets) {
      await microsPerCall(client, command, WARM_UP_CALLS);
      const steady = await microsPerCall(client, command, CALIBRATION_CALLS);
      callsPerRound.push(Math.ceil((ROUND_MS * 1000) / steady));
    }
    const best = [Infinity, Infinity];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [i, [client, command]] of targets.entries()) {
        best[i] = Math.min(best[i]!, await microsPerCall(client, command, callsPerRound[i]!));
      }
    }
    const [socketless, loopback] = best as [number, number];
    const ratio = round(loopback / socketless);
    return [
      {
        metric: "GetUser through the full client stack, per call (socketless chimeMockHandler)",
        unit: "µs",
        ours: round(socketless),
        peer: round(loopback),
        peerName: "same calls over loopback HTTP to the emulator",
        ratio,
        target: `ratio >= ${TARGET_RATIO} (loopback / socketless)`,
        met: ratio >= TARGET_RATIO,
      },
    ];
  } finally {
    overHttp.destroy();
    await server.close();
  }
}
