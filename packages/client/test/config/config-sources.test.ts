import * as official from "@aws-sdk/client-chime";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ChimeClient, GetUserCommand } from "../../src/generated/index.js";
import { AwsEnvironment, type SharedFiles } from "../support/aws-environment.js";
import { startCannedServer, type CannedServer } from "../support/canned-server.js";
import { QueueHandler } from "../support/queue-handler.js";
import { testCredentials } from "../support/test-client.js";

/**
 * Each configuration source and each precedence step, case by case: the
 * same environment and shared files, the same program through
 * @chimekit/client and @aws-sdk/client-chime, and the two must reach the same
 * endpoint, sign for the same region and try as many times. Endpoints differ
 * by path on one local server, so the path says which source won.
 */

let server: CannedServer;
let environment: AwsEnvironment | undefined;

const USER = JSON.stringify({ User: { UserId: "u" } });
const THROTTLED = {
  statusCode: 429,
  headers: { "x-amzn-errortype": "ThrottledClientException" },
  body: JSON.stringify({ Code: "Throttled", Message: "slow down" }),
};

beforeAll(async () => {
  server = await startCannedServer();
});

afterEach(() => {
  environment?.restore();
  environment = undefined;
});

afterAll(async () => {
  await server.close();
});

/** A URL on the local server whose path names the source that configured it. */
const at = (source: string) => `${server.url}/${source}`;

interface Case {
  /** Environment variables; in every string `{url:<source>}` stands for `at(<source>)`. */
  env?: Record<string, string>;
  files?: SharedFiles;
  options?: Record<string, unknown>;
  /** Options only @aws-sdk/client-chime gets. */
  officialOptions?: Record<string, unknown>;
  /** Answer every request with a throttling error, to count attempts. */
  throttle?: boolean;
}

interface Observation {
  /** The endpoint path prefix the call reached, if it reached the local server. */
  source?: string;
  region?: string;
  attempts: number;
  retryMode?: string;
  error?: string;
}

function withUrls(text: string): string {
  return text.replace(/\{url:([\w-]+)\}/g, (_, source: string) => at(source));
}

async function observe(
  client: { send(command: any): Promise<unknown>; destroy(): void; config: any },
  command: unknown,
): Promise<Observation> {
  const before = server.requests.length;
  const error = await client.send(command).then(
    () => undefined,
    (caught: Error & { code?: string }) => caught,
  );
  const requests = server.requests.slice(before);
  const retryStrategy = await client.config.retryStrategy();
  client.destroy();
  return {
    source: requests[0]?.path.split("/")[1],
    region: /Credential=[^/]+\/\d+\/([^/]+)\//.exec(requests[0]?.headers.authorization ?? "")?.[1],
    attempts: requests.length,
    retryMode: retryStrategy.mode,
    error: error && (error.code ?? error.name),
  };
}

async function runBoth(setup: Case): Promise<{ ours: Observation; theirs: Observation }> {
  const env = Object.fromEntries(
    Object.entries(setup.env ?? {}).map(([name, value]) => [name, withUrls(value)]),
  );
  environment = new AwsEnvironment(env, {
    config: setup.files?.config && withUrls(setup.files.config),
    credentials: setup.files?.credentials && withUrls(setup.files.credentials),
  });
  server.respondWith(setup.throttle ? THROTTLED : { statusCode: 200, body: USER });
  const options = Object.fromEntries(
    Object.entries({ credentials: testCredentials, ...setup.options }).map(([name, value]) => [
      name,
      typeof value === "string" ? withUrls(value) : value,
    ]),
  );
  const input = { AccountId: "a", UserId: "u" };
  const ours = await observe(new ChimeClient(options as any), new GetUserCommand(input));
  const theirs = await observe(
    new official.ChimeClient({ ...options, ...setup.officialOptions } as any),
    new official.GetUserCommand(input),
  );
  return { ours, theirs };
}

const services = (name: string, source: string) =>
  `[services ${name}]\nchime =\n  endpoint_url = {url:${source}}\n`;

describe.each<[string, Case, Partial<Observation>]>([
  // The endpoint, in precedence order.
  [
    "the endpoint option beats AWS_ENDPOINT_URL_CHIME",
    {
      env: { AWS_REGION: "us-east-1", AWS_ENDPOINT_URL_CHIME: "{url:env-chime}" },
      options: { endpoint: "{url:option}" },
    },
    { source: "option" },
  ],
  [
    "AWS_ENDPOINT_URL_CHIME is used when the endpoint is left out",
    { env: { AWS_REGION: "us-east-1", AWS_ENDPOINT_URL_CHIME: "{url:env-chime}" } },
    { source: "env-chime" },
  ],
  [
    "AWS_ENDPOINT_URL_CHIME beats AWS_ENDPOINT_URL",
    {
      env: {
        AWS_REGION: "us-east-1",
        AWS_ENDPOINT_URL_CHIME: "{url:env-chime}",
        AWS_ENDPOINT_URL: "{url:env-all}",
      },
    },
    { source: "env-chime" },
  ],
  [
    "AWS_ENDPOINT_URL beats the profile's services section",
    {
      env: { AWS_REGION: "us-east-1", AWS_ENDPOINT_URL: "{url:env-all}" },
      files: { config: `[default]\nservices = local\n${services("local", "services")}` },
    },
    { source: "env-all" },
  ],
  [
    "the profile's services section beats its endpoint_url",
    {
      env: { AWS_REGION: "us-east-1" },
      files: {
        config: `[default]\nservices = local\nendpoint_url = {url:profile}\n${services("local", "services")}`,
      },
    },
    { source: "services" },
  ],
  [
    "the profile's endpoint_url is used last",
    {
      env: { AWS_REGION: "us-east-1" },
      files: { config: "[default]\nendpoint_url = {url:profile}\n" },
    },
    { source: "profile" },
  ],
  // The profile.
  [
    "AWS_PROFILE selects the profile settings are read from",
    {
      env: { AWS_PROFILE: "dev" },
      files: {
        config:
          "[default]\nendpoint_url = {url:default}\nregion = eu-west-1\n" +
          "[profile dev]\nendpoint_url = {url:dev}\nregion = ap-south-1\n",
      },
    },
    { source: "dev", region: "ap-south-1" },
  ],
  [
    "the profile option selects the profile region is read from",
    {
      env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}" },
      files: { config: "[default]\nregion = eu-west-1\n[profile dev]\nregion = ap-south-1\n" },
      options: { profile: "dev" },
    },
    { source: "env-chime", region: "ap-south-1" },
  ],
  // The region.
  [
    "the region option beats AWS_REGION",
    {
      env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}", AWS_REGION: "eu-west-1" },
      options: { region: "eu-central-1" },
    },
    { region: "eu-central-1" },
  ],
  [
    "AWS_REGION beats the profile's region",
    {
      env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}", AWS_REGION: "eu-west-1" },
      files: { config: "[default]\nregion = ap-south-1\n" },
    },
    { region: "eu-west-1" },
  ],
  [
    "the profile's region is used without AWS_REGION",
    {
      env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}" },
      files: { config: "[default]\nregion = ap-south-1\n" },
    },
    { region: "ap-south-1" },
  ],
  // Attempts and retry mode.
  [
    "the maxAttempts option beats AWS_MAX_ATTEMPTS",
    {
      env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}", AWS_MAX_ATTEMPTS: "1" },
      options: { maxAttempts: 2, region: "us-east-1" },
      throttle: true,
    },
    { attempts: 2 },
  ],
  [
    "AWS_MAX_ATTEMPTS=1 makes a throttled call fail at once",
    {
      env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}", AWS_MAX_ATTEMPTS: "1" },
      options: { region: "us-east-1" },
      throttle: true,
    },
    { attempts: 1, error: "ThrottledClientException" },
  ],
  [
    "AWS_MAX_ATTEMPTS beats the profile's max_attempts",
    {
      env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}", AWS_MAX_ATTEMPTS: "1" },
      files: { config: "[default]\nmax_attempts = 2\n" },
      options: { region: "us-east-1" },
      throttle: true,
    },
    { attempts: 1 },
  ],
  [
    "the profile's max_attempts is used without AWS_MAX_ATTEMPTS",
    {
      env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}" },
      files: { config: "[default]\nmax_attempts = 2\n" },
      options: { region: "us-east-1" },
      throttle: true,
    },
    { attempts: 2 },
  ],
  [
    "AWS_RETRY_MODE beats the profile's retry_mode",
    {
      env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}", AWS_RETRY_MODE: "adaptive" },
      files: { config: "[default]\nretry_mode = standard\n" },
      options: { region: "us-east-1" },
    },
    { retryMode: "adaptive" },
  ],
  [
    "the profile's retry_mode is used without AWS_RETRY_MODE",
    {
      env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}" },
      files: { config: "[default]\nretry_mode = adaptive\n" },
      options: { region: "us-east-1" },
    },
    { retryMode: "adaptive" },
  ],
  [
    "the retryMode option beats AWS_RETRY_MODE",
    {
      env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}", AWS_RETRY_MODE: "adaptive" },
      options: { region: "us-east-1", retryMode: "standard" },
    },
    { retryMode: "standard" },
  ],
])("%s", (_name, setup, expected) => {
  it("as @aws-sdk/client-chime does", async () => {
    const { ours, theirs } = await runBoth(setup);
    expect(ours).toEqual(theirs);
    expect(ours).toMatchObject(expected);
  }, 30_000);
});

describe.each<[string, Case]>([
  [
    "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
    {
      env: {
        AWS_REGION: "us-east-1",
        AWS_ENDPOINT_URL_CHIME: "{url:env-chime}",
        AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true",
      },
    },
  ],
  [
    "ignore_configured_endpoint_urls in the profile",
    {
      env: { AWS_REGION: "us-east-1" },
      files: {
        config: "[default]\nendpoint_url = {url:profile}\nignore_configured_endpoint_urls = true\n",
      },
    },
  ],
])("%s", (_name, setup) => {
  // Recorded without a socket: each client then goes to its own default endpoint.
  it("turns the configured endpoints off, as in @aws-sdk/client-chime", async () => {
    const ours = new QueueHandler({ statusCode: 200, body: USER });
    const theirs = new QueueHandler({ statusCode: 200, body: USER });
    const { ours: oursSeen, theirs: theirsSeen } = await runBoth({
      ...setup,
      options: { ...setup.options, requestHandler: ours },
      officialOptions: { requestHandler: theirs },
    });
    expect(oursSeen.attempts + theirsSeen.attempts).toBe(0);
    expect(ours.requests[0]?.hostname).toBe("service.chime.aws.amazon.com");
    expect(theirs.requests[0]?.hostname).toBe("chime.us-east-1.amazonaws.com");
  });
});

describe("without a region anywhere", () => {
  it("signs for us-east-1, Chime's global region, where @aws-sdk/client-chime fails", async () => {
    const { ours, theirs } = await runBoth({ env: { AWS_ENDPOINT_URL_CHIME: "{url:env-chime}" } });
    expect(ours).toMatchObject({ source: "env-chime", region: "us-east-1", attempts: 1 });
    expect(theirs).toMatchObject({ attempts: 0, error: "Error" }); // "Region is missing"
  });
});

describe("a malformed configured endpoint", () => {
  it("is reported with where endpoints are configured", async () => {
    environment = new AwsEnvironment({ AWS_ENDPOINT_URL_CHIME: "localhost:4566" });
    const client = new ChimeClient({ credentials: testCredentials });
    await expect(client.send(new GetUserCommand({ AccountId: "a", UserId: "u" }))).rejects.toThrow(
      /endpoint configured by AWS_ENDPOINT_URL_CHIME.*"localhost:4566" is not an absolute http\(s\) URL/,
    );
  });
});
