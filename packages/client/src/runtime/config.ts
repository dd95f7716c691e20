import { resolveRetryConfig } from "#smithy/middleware-retry";
import { NodeHttpHandler } from "#smithy/node-http-handler";
import type { SignatureV4 } from "#smithy/signature-v4";
import { NoOpLogger } from "#smithy/smithy-client";
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_MODE } from "@smithy/core/retry";
import type {
  AwsCredentialIdentityProvider,
  Endpoint,
  HttpHandlerOptions,
  Logger,
  NodeHttpHandlerOptions,
  Provider,
  RequestHandler,
  RetryStrategy,
  RetryStrategyV2,
} from "@smithy/types";
import { resolveCredentials, type CredentialsInput } from "./credentials.js";
import { DEFAULT_ENDPOINT, resolveEndpoint, toEndpoint, type EndpointInput } from "./endpoint.js";
import { HandlerCache } from "./handler-cache.js";
import { configuredEndpointProvider, sharedConfigProvider } from "./lazy-shared-config.js";
import { ChimeSigner } from "./signing.js";

/** The API version this client speaks. */
export const API_VERSION = "2018-05-01";
/** Chime is a global service signed in us-east-1. */
export const DEFAULT_REGION = "us-east-1";
/** The SigV4 signing name of the service. */
export const SIGNING_SERVICE = "chime";

/** Where a configured endpoint comes from, as an error about a malformed one names it. */
const CONFIGURED_ENDPOINT_SOURCE =
  "the endpoint configured by AWS_ENDPOINT_URL_CHIME, AWS_ENDPOINT_URL or the shared config profile";

/** The options of `new ChimeClient(...)`, named as in the AWS SDK for JavaScript v3. */
export interface ChimeClientConfig {
  /** The signing region. Default: `AWS_REGION`, the profile's `region`, else `us-east-1`. */
  region?: string | Provider<string>;
  /**
   * The service URL. Default: `AWS_ENDPOINT_URL_CHIME`, `AWS_ENDPOINT_URL`,
   * the profile's `services` section, the profile's `endpoint_url` (unless
   * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` / `ignore_configured_endpoint_urls`
   * is set), else `https://service.chime.aws.amazon.com`.
   */
  endpoint?: EndpointInput;
  /**
   * Static credentials or a provider of them. Default: the default credential
   * chain (environment, shared credentials and config files, container and
   * instance metadata), imported only when first needed.
   */
  credentials?: CredentialsInput;
  /** The shared-config profile settings and credentials are read from. Default: `AWS_PROFILE`, else `default`. */
  profile?: string;
  /**
   * How many times a call is tried at most, retries included. Default:
   * `AWS_MAX_ATTEMPTS`, the profile's `max_attempts`, else 3.
   */
  maxAttempts?: number | Provider<number>;
  /** `standard` or `adaptive`. Default: `AWS_RETRY_MODE`, the profile's `retry_mode`, else `standard`. */
  retryMode?: string | Provider<string>;
  /** A retry strategy that replaces the one `maxAttempts` and `retryMode` describe. */
  retryStrategy?: RetryStrategy | RetryStrategyV2;
  /**
   * Sends the HTTP requests. Default: `@smithy/node-http-handler` with
   * keep-alive; an options object configures that default handler.
   */
  requestHandler?: RequestHandler<any, any, HttpHandlerOptions> | NodeHttpHandlerOptions;
  /** Receives one `info` entry per call (sensitive members hidden) and retry warnings. */
  logger?: Logger;
  /**
   * Reuses a command class's resolved middleware across calls (default
   * `true`). The cache is emptied whenever the client's middleware stack
   * changes; turn it off for middleware that keeps per-call state in the
   * handler context.
   */
  cacheMiddleware?: boolean;
}

/** The settings `ChimeClient` fills in when they are left out (name kept from the AWS SDK). */
export type ClientDefaults = Pick<
  ChimeClientConfig,
  "region" | "endpoint" | "credentials" | "maxAttempts" | "retryMode" | "requestHandler" | "logger"
>;

/** Another name of `ChimeClientConfig`, as the AWS SDK exports it. */
export type ChimeClientConfigType = ChimeClientConfig;

/** Another name of `ChimeClientResolvedConfig`, as the AWS SDK exports it. */
export type ChimeClientResolvedConfigType = ChimeClientResolvedConfig;

/** The client's configuration once defaults are applied and values normalized to providers. */
export interface ChimeClientResolvedConfig {
  readonly apiVersion: string;
  readonly serviceId: string;
  region: Provider<string>;
  endpoint: Provider<Endpoint>;
  credentials: AwsCredentialIdentityProvider;
  maxAttempts: Provider<number>;
  retryStrategy: Provider<RetryStrategyV2 | RetryStrategy>;
  requestHandler: RequestHandler<any, any, HttpHandlerOptions>;
  logger: Logger;
  signer: SignatureV4;
  /** Resolved handlers per command class, unless `cacheMiddleware` is `false`. */
  handlerCache?: HandlerCache;
}

export function resolveClientConfig(input: ChimeClientConfig): ChimeClientResolvedConfig {
  const logger = input.logger ?? new NoOpLogger();
  const { profile } = input;
  const region =
    input.region !== undefined
      ? toProvider(input.region)
      : sharedConfigProvider({ environment: ["AWS_REGION"], fallback: DEFAULT_REGION }, (config) =>
          config.configuredRegion(DEFAULT_REGION, { profile }),
        );
  const credentials = resolveCredentials(input.credentials, { profile, logger });
  const retry = resolveRetryConfig({
    maxAttempts:
      input.maxAttempts ??
      sharedConfigProvider(
        { environment: ["AWS_MAX_ATTEMPTS"], fallback: DEFAULT_MAX_ATTEMPTS },
        (config) => config.configuredMaxAttempts({ profile }),
      ),
    retryMode:
      input.retryMode ??
      sharedConfigProvider(
        { environment: ["AWS_RETRY_MODE"], fallback: DEFAULT_RETRY_MODE },
        (config) => config.configuredRetryMode({ profile }),
      ),
    retryStrategy: input.retryStrategy,
    logger,
  });
  return {
    apiVersion: API_VERSION,
    serviceId: "Chime",
    region,
    endpoint:
      input.endpoint !== undefined
        ? resolveEndpoint(input.endpoint)
        : configuredEndpointProvider(
            {
              environment: ["AWS_ENDPOINT_URL_CHIME", "AWS_ENDPOINT_URL"],
              fallback: toEndpoint(DEFAULT_ENDPOINT),
            },
            async ({ configuredEndpoint }) => {
              const configured = await configuredEndpoint();
              return configured === undefined
                ? toEndpoint(DEFAULT_ENDPOINT)
                : toEndpoint(configured, CONFIGURED_ENDPOINT_SOURCE);
            },
          ),
    credentials,
    maxAttempts: retry.maxAttempts,
    retryStrategy: retry.retryStrategy,
    requestHandler: resolveRequestHandler(input.requestHandler),
    logger,
    signer: new ChimeSigner({ credentials, region, service: SIGNING_SERVICE }),
    handlerCache: input.cacheMiddleware === false ? undefined : new HandlerCache(),
  };
}

function resolveRequestHandler(
  input: ChimeClientConfig["requestHandler"],
): RequestHandler<any, any, HttpHandlerOptions> {
  if (input !== undefined && typeof (input as RequestHandler<any, any>).handle === "function") {
    return input as RequestHandler<any, any, HttpHandlerOptions>;
  }
  return new NodeHttpHandler(input as NodeHttpHandlerOptions | undefined);
}

function toProvider<T>(value: T | Provider<T>): Provider<T> {
  if (typeof value === "function") {
    return value as Provider<T>;
  }
  const resolved = Promise.resolve(value);
  return () => resolved;
}
