import { defineConfig } from "vitest/config";

// Only the short load run is a test; the benchmarks themselves run with `pnpm bench`.
export default defineConfig({
  test: {
    include: ["load/**/*.test.ts"],
  },
});
