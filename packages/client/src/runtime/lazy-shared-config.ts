import type { Provider } from "@smithy/types";

type SharedConfigModule = typeof import("./shared-config.js");
type ConfiguredEndpointModule = typeof import("./configured-endpoint.js");

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
  return lazyProvider(() => import("./shared-config.js"), read);
}

/** The same for the endpoint, whose resolver only a program that leaves `endpoint` out loads. */
export function configuredEndpointProvider<T>(
  read: (configuredEndpoint: ConfiguredEndpointModule) => Promise<T>,
): Provider<T> {
  return lazyProvider(() => import("./configured-endpoint.js"), read);
}

function lazyProvider<Module, T>(
  load: () => Promise<Module>,
  read: (module: Module) => Provider<T> | Promise<T>,
): Provider<T> {
  let value: Promise<T> | undefined;
  return () =>
    (value ??= load().then(async (module) => {
      const setting = read(module);
      return typeof setting === "function" ? setting() : setting;
    }));
}
