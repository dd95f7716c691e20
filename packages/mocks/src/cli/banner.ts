import type { ServeOptions } from "./options.js";

/** The control credential as the banner knows it: a generated token is shown once; a given one never is. */
export interface BannerControlToken {
  token: string;
  generated: boolean;
}

/**
 * What the emulator prints on start: where it listens and how to point each
 * tool at it. It never prints a configured secret (only the AWS
 * documentation's example secret, when no key is configured), nor a control
 * token that was given by flag or environment.
 */
export function startBanner(
  url: string,
  options: ServeOptions,
  storeDescription: string,
  controlToken?: BannerControlToken,
): string {
  const configured = Object.keys(options.accessKeys)[0];
  const key = configured ?? "AKIAIOSFODNN7EXAMPLE";
  const secret =
    configured === undefined
      ? "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
      : `<the secret of ${configured}>`;
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
    ...controlTokenLines(url, options, controlToken),
  ].join("\n");
}

function controlTokenLines(
  url: string,
  options: ServeOptions,
  controlToken: BannerControlToken | undefined,
): string[] {
  if (!options.control || controlToken === undefined) return [];
  const shown = controlToken.generated ? controlToken.token : "$CHIMEKIT_CONTROL_TOKEN";
  return [
    "",
    controlToken.generated
      ? `Control API credential (made up for this run; set --control-token or CHIMEKIT_CONTROL_TOKEN to choose it): ${controlToken.token}`
      : "Control API credential: the token given by --control-token or CHIMEKIT_CONTROL_TOKEN.",
    `  curl -H "x-chimekit-control-token: ${shown}" ${url}/_chimekit/health`,
  ];
}
