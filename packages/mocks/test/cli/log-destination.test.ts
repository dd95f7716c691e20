import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { requireBuiltBin } from "../support/cli-process.js";

const DESTINATION = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../dist/esm/cli/log-destination.js",
);

/**
 * Runs `program` (an ES module body with `destination`, the built
 * turnBatchedDestination on stdout) with stdout a pipe that is read only
 * after `readAfterMs`. Resolves with what it wrote once it exits, or once
 * `enough(text)` while it still runs (the writer is then stopped).
 */
function runWriter(
  program: string,
  { readAfterMs = 0, enough }: { readAfterMs?: number; enough?: (text: string) => boolean },
): Promise<{ text: string; exited: boolean }> {
  requireBuiltBin();
  const source = `import { turnBatchedDestination } from ${JSON.stringify(pathToFileURL(DESTINATION).href)};
const destination = turnBatchedDestination(process.stdout.fd);
${program}`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", source], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout.pause();
  setTimeout(() => child.stdout.resume(), readAfterMs);
  let text = "";
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (enough?.(text)) {
        resolve({ text, exited: false });
        child.kill();
      }
    });
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0
        ? resolve({ text, exited: true })
        : reject(new Error(`the writer exited with ${code}`)),
    );
  });
}

const line = (n: number) => `{"n":${n},"padding":"${"x".repeat(60)}"}\n`;

describe("turnBatchedDestination", () => {
  it("writes a turn's lines together, in order, within the turn", async () => {
    const { text, exited } = await runWriter(
      `destination.write(${JSON.stringify(line(1))});
destination.write(${JSON.stringify(line(2))});
setTimeout(() => process.exit(0), 10_000);`,
      { enough: (written) => written.length >= line(1).length + line(2).length },
    );
    expect(text).toBe(line(1) + line(2));
    expect(exited).toBe(false);
  });

  it("keeps what a full pipe does not take, without blocking, and writes it all by exit", async () => {
    // About 1.5 MB in one turn: far more than a pipe holds while its reader waits.
    const { text } = await runWriter(
      `const started = performance.now();
const line = ${line.toString()};
for (let n = 0; n < 20000; n += 1) destination.write(line(n));
let turns = 0;
const spin = () => {
  turns += 1;
  if (turns < 20) return setImmediate(spin);
  for (let n = 20000; n < 20100; n += 1) destination.write(line(n));
  destination.write(JSON.stringify({ spunForMs: performance.now() - started }) + "\\n");
  process.exit(0);
};
setImmediate(spin);`,
      { readAfterMs: 1000 },
    );
    const written = text
      .trim()
      .split("\n")
      .map((each) => JSON.parse(each) as { n?: number; spunForMs?: number });
    expect(written.map((each) => each.n)).toEqual([
      ...Array.from({ length: 20100 }, (_, n) => n),
      undefined,
    ]);
    // The turns went on while nobody read the pipe: the full pipe blocked nothing.
    expect(written.at(-1)!.spunForMs).toBeLessThan(1000);
  });
});
