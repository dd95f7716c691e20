import type { Provider } from "@smithy/types";

type SharedConfigModule = typeof import("./shared-config.js");

/**
 * A provider of a setting read from the environment and the shared config
 * files. `./shared-config.js` and the SDK's loaders behind it are imported
 * when the provider is first called, through a literal `import()` that
 * bundlers follow, so the loaders ship with a bundle but load only in
 * programs that leave a setting out.
 */
export function sharedConfigProvider<T>(
  read: (sharedConfig: SharedConfigModule) => Provider<T> | Promise<T>,
): Provider<T> {
  let value: Promise<T> | undefined;
  return () =>
    (value ??= import("./shared-config.js").then(async (sharedConfig) => {
      const setting = read(sharedConfig);
      return typeof setting === "function" ? setting() : setting;
    }));
}
