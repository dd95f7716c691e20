import { configDefaults, defineConfig } from "vitest/config";

// The rehearsal itself builds, publishes and installs the packages (minutes,
// and the npm registry): it runs on its own with `pnpm release:rehearse`.
export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, "test/rehearsal.test.ts"],
  },
});
