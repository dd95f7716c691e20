import { defineConfig } from "vitest/config";

// `pnpm release:rehearse`: only the publish rehearsal (see vitest.config.ts).
export default defineConfig({
  test: {
    include: ["test/rehearsal.test.ts"],
    testTimeout: 45 * 60_000,
  },
});
