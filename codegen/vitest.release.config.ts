import { defineConfig } from "vitest/config";

// `pnpm release:rehearse`: only the publish rehearsal (see vitest.config.ts).
export default defineConfig({
  test: {
    include: ["test/release/**/*.test.ts"],
    testTimeout: 15 * 60_000,
  },
});
