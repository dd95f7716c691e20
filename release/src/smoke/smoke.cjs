// Runs in the rehearsal's consumer project: every package through require(),
// then the in-memory emulator driven by the client.
const assert = require("node:assert/strict");
const { existsSync } = require("node:fs");
const { ChimeClient, CreateAccountCommand, ListAccountsCommand } = require("@chimekit/client");
const { createChimeEmulator, startEmulatorServer } = require("@chimekit/mocks");
const { createChimeHandler } = require("@chimekit/server");
const { License } = require("@chimekit/types");

assert.equal(License.Basic, "Basic", "@chimekit/types: License enum");
assert.equal(typeof createChimeHandler, "function", "@chimekit/server: createChimeHandler");
const docsIndex = require.resolve("@chimekit/docs/site/index.html");
assert.ok(existsSync(docsIndex), `@chimekit/docs: ${docsIndex} is missing`);

async function main() {
  const running = await startEmulatorServer({ emulator: createChimeEmulator(), port: 0 });
  try {
    const client = new ChimeClient({
      endpoint: running.url,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDREHEARSAL", secretAccessKey: "rehearsal-secret" },
    });
    const created = await client.send(new CreateAccountCommand({ Name: "rehearsal-cjs" }));
    const listed = await client.send(new ListAccountsCommand({}));
    const names = (listed.Accounts ?? []).map((account) => account.Name);
    assert.ok(names.includes("rehearsal-cjs"), `ListAccounts returned ${JSON.stringify(names)}`);
    console.log(`cjs: created ${created.Account?.AccountId}; listed ${names.join(", ")}`);
  } finally {
    await running.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
