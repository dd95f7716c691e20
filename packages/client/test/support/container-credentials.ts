import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { ServiceKey } from "./signing-service.js";

export interface ContainerCredentialsServer {
  /** The full URI to set as AWS_CONTAINER_CREDENTIALS_FULL_URI. */
  readonly uri: string;
  /** How many times credentials were fetched. */
  readonly fetches: number;
  close(): Promise<void>;
}

/**
 * A stand-in for the container credentials endpoint (ECS, Greengrass) on
 * 127.0.0.1: answers `key` with a session token to requests that carry the
 * expected `Authorization` token, 401 otherwise.
 */
export async function startContainerCredentials(
  key: ServiceKey,
  authorizationToken: string,
): Promise<ContainerCredentialsServer> {
  let fetches = 0;
  const server = createServer((request, response) => {
    if (request.headers.authorization !== authorizationToken) {
      response.writeHead(401).end();
      return;
    }
    fetches += 1;
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        AccessKeyId: key.accessKeyId,
        SecretAccessKey: key.secretAccessKey,
        Token: "container-session-token",
        Expiration: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    uri: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/credentials`,
    get fetches() {
      return fetches;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
