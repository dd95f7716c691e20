import type { Provider } from "@smithy/types";
import { mayBeConfigured } from "./configuration-sources.js";

type SharedConfigModule = typeof import("./shared-config.js");
type ConfiguredEndpointModule = typeof import("./configured-endpoint.js");

/** Where a setting may be configured, and what it is when it is configured nowhere. */
export interface SettingSources<T> {
  /** The environment variables the SDK reads for it. */
  environment: readonly string[];
  /** Its value when no environment variable is set and no shared config file exists. */
  fallback: T;
}

/**
 * A provider of a setting read from the environment and the shared config
 * files. `./shared-config.js` and the SDK's loaders behind it are imported
 * when the provider is first called, through a literal `import()` that
 * bundlers follow, so the loaders ship with a bundle but load only in
 * programs that leave a setting out, and only where it may be configured.
 */
export function sharedConfigProvider<T>(
  sources: SettingSources<T>,
  read: (sharedConfig: SharedConfigModule) => Provider<T> | Promise<T>,
): Provider<T> {
  return lazyProvider(sources, () => import("./shared-config.js"), read);
}

/** The same for the endpoint, whose resolver only a program that leaves `endpoint` out loads. */
export function configuredEndpointProvider<T>(
  sources: SettingSources<T>,
  read: (configuredEndpoint: ConfiguredEndpointModule) => Promise<T>,
): Provider<T> {
  return lazyProvider(sources, () => import("./configured-endpoint.js"), read);
}

function lazyProvider<Module, T>(
  sources: SettingSources<T>,
  load: () => Promise<Module>,
  read: (module: Module) => Provider<T> | Promise<T>,
): Provider<T> {
  let value: Promise<T> | undefined;
  return () =>
    (value ??= mayBeConfigured(sources.environment)
      ? load().then(async (module) => {
          const setting = read(module);
          return typeof setting === "function" ? setting() : setting;
        })
      : Promise.resolve(sources.fallback));
}
