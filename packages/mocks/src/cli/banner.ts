import type { ServeOptions } from "./options.js";

/** What the emulator prints on start: where it listens and how to point each tool at it. */
export function startBanner(url: string, options: ServeOptions, storeDescription: string): string {
  const key = Object.keys(options.accessKeys)[0] ?? "AKIAIOSFODNN7EXAMPLE";
  const secret =
    options.accessKeys[key]?.secretAccessKey ?? "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  return [
    `chimekit-mock: Amazon Chime API (2018-05-01) emulator listening on ${url}`,
    `  store: ${storeDescription}; auth: ${options.auth}; control API: ${options.control ? `${url}/_chimekit/health` : "off"}`,
    ...(options.control ? [`  dashboard: ${url}/_chimekit/`] : []),
    "",
    "AWS CLI:",
    `  export AWS_ACCESS_KEY_ID=${key} AWS_SECRET_ACCESS_KEY=${secret} AWS_DEFAULT_REGION=us-east-1`,
    `  aws chime list-accounts --endpoint-url ${url}`,
    "  (or set AWS_ENDPOINT_URL_CHIME / AWS_ENDPOINT_URL to the endpoint)",
    "boto3:",
    `  boto3.client("chime", endpoint_url="${url}", region_name="us-east-1")`,
    "AWS SDK for JavaScript v3 / @chimekit/client:",
    `  new ChimeClient({ endpoint: "${url}", region: "us-east-1", credentials: { accessKeyId: "${key}", secretAccessKey: "..." } })`,
    "",
    "Each access key gets its own AWS account partition; unsigned requests use the default account.",
  ].join("\n");
}
