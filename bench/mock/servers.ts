import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface BenchServer {
  child: ChildProcess;
  url: string;
  /** Heap the seeded users hold (emulator only). */
  heapBytes: number;
  stop(): Promise<void>;
}

/** Starts a server child (see serve.ts) with the heap measurable after a forced collection. */
export async function startServer(args: string[], body?: Buffer): Promise<BenchServer> {
  const child = fork(fileURLToPath(new URL("./serve.ts", import.meta.url)), args, {
    execArgv: ["--import", "tsx", "--expose-gc", "--max-old-space-size=4096"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, BENCH_BODY: body?.toString("base64") ?? "" },
  });
  const ready = await new Promise<{ port: number; heapBytes: number }>((resolve, reject) => {
    child.once("message", (message) => resolve(message as { port: number; heapBytes: number }));
    child.once("exit", (code) =>
      reject(new Error(`bench server ${args.join(" ")} exited with ${code}`)),
    );
  });
  return {
    child,
    url: `http://127.0.0.1:${ready.port}`,
    heapBytes: ready.heapBytes,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
