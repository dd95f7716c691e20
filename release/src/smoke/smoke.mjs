// Runs in the rehearsal's consumer project: every package as an ES module,
// then the emulator (on SQLite, so the native module is proven) driven by the client.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ChimeClient, CreateAccountCommand, ListAccountsCommand } from "@chimekit/client";
import { createChimeEmulator, openStore, startEmulatorServer } from "@chimekit/mocks";
import { createChimeHandler } from "@chimekit/server";
import { License } from "@chimekit/types";

assert.equal(License.Basic, "Basic", "@chimekit/types: License enum");
assert.equal(typeof createChimeHandler, "function", "@chimekit/server: createChimeHandler");
const docsIndex = fileURLToPath(import.meta.resolve("@chimekit/docs/site/index.html"));
assert.ok(existsSync(docsIndex), `@chimekit/docs: ${docsIndex} is missing`);

const store = await openStore({
  kind: "sqlite",
  file: join(mkdtempSync(join(tmpdir(), "chimekit-smoke-")), "state.db"),
});
const running = await startEmulatorServer({ emulator: createChimeEmulator({ store }), port: 0 });
try {
  const client = new ChimeClient({
    endpoint: running.url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDREHEARSAL", secretAccessKey: "rehearsal-secret" },
  });
  const created = await client.send(new CreateAccountCommand({ Name: "rehearsal-esm" }));
  const listed = await client.send(new ListAccountsCommand({}));
  const names = (listed.Accounts ?? []).map((account) => account.Name);
  assert.ok(names.includes("rehearsal-esm"), `ListAccounts returned ${JSON.stringify(names)}`);
  console.log(`esm: created ${created.Account?.AccountId}; listed ${names.join(", ")}`);
} finally {
  await running.close();
}
