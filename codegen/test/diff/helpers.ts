import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CommandIo } from "../../src/diff/index.ts";
import type { SmithyModel } from "../../src/model/smithy-ast.ts";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

/** A CommandIo that records what a command prints. */
export interface CapturedIo extends CommandIo {
  out: string;
  err: string;
}

export function captureIo(cwd: string, env: Record<string, string | undefined> = {}): CapturedIo {
  const io: CapturedIo = {
    cwd,
    env,
    out: "",
    err: "",
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
  };
  return io;
}

/** A throw-away git repository; `remove()` deletes it. */
export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(path: string, contents: string): void;
  writeModel(file: string, model: SmithyModel): void;
  commit(message: string): void;
  remove(): void;
}

export function tempRepo(): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), "chimekit-diff-"));
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: "test",
    GIT_AUTHOR_EMAIL: "test@example.invalid",
    GIT_COMMITTER_NAME: "test",
    GIT_COMMITTER_EMAIL: "test@example.invalid",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
  };
  const repo: TempRepo = {
    dir,
    git: (...args) => execFileSync("git", args, { cwd: dir, env, encoding: "utf8" }),
    write(path, contents) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), contents);
    },
    writeModel(file, model) {
      repo.write(`model/${file}`, `${JSON.stringify(model, null, 2)}\n`);
    },
    commit(message) {
      repo.git("add", "-A");
      repo.git("commit", "-q", "--no-gpg-sign", "-m", message);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  repo.git("init", "-q", "-b", "main");
  return repo;
}

/** A small model: one service, one operation, one structure with one member. */
export function smallModel(): SmithyModel {
  return {
    smithy: "2.0",
    shapes: {
      "ns#Chime": {
        type: "service",
        version: "2018-05-01",
        operations: [{ target: "ns#GetAccount" }],
      },
      "ns#GetAccount": {
        type: "operation",
        output: { target: "ns#Account" },
        traits: { "smithy.api#http": { method: "GET", uri: "/account", code: 200 } },
      },
      "ns#Account": {
        type: "structure",
        members: {
          AccountId: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
        },
      },
    },
  };
}

/** `smallModel()` with one optional member added to `ns#Account`. */
export function smallModelWithName(): SmithyModel {
  const model = smallModel();
  const account = model.shapes["ns#Account"];
  if (account.type !== "structure") throw new Error("ns#Account is a structure");
  account.members = { ...account.members, Name: { target: "smithy.api#String" } };
  return model;
}
