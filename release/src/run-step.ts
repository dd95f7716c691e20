import { spawn } from "node:child_process";

export interface StepOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
}

/** What a finished step printed; kept so a report can show the smoke scripts' output. */
export interface StepOutput {
  stdout: string;
  stderr: string;
}

/** A rehearsal step that exited non-zero: names the step, its folder and the tail of its output. */
export class RehearsalStepError extends Error {
  constructor(step: string, cwd: string, code: number | null, output: StepOutput) {
    const tail = `${output.stdout}\n${output.stderr}`.trim().split("\n").slice(-40).join("\n");
    super(`release rehearsal: step "${step}" failed in ${cwd} (exit ${code})\n${tail}`);
    this.name = "RehearsalStepError";
  }
}

/** Runs one command of the rehearsal to completion, without a shell. */
export function runStep(
  step: string,
  command: string,
  args: string[],
  options: StepOptions,
): Promise<StepOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.once("error", reject);
    child.once("close", (code) => {
      const output = {
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      };
      if (code === 0) resolve(output);
      else reject(new RehearsalStepError(step, options.cwd, code, output));
    });
  });
}
