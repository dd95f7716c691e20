import { createChimeServer, type ChimeService } from "@chimekit/server";
import type { AddressInfo } from "node:net";

/** An access key the service accepts, with the account it belongs to. */
export interface ServiceKey {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface SigningService {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A Chime service (from @chimekit/server) that checks every request's SigV4
 * signature against `keys`, as the emulator does under `--auth sigv4`.
 * GetUser answers with the access key that signed the call as the user's
 * display name, so a test sees which credentials a client found.
 */
export async function startSigningService(keys: ServiceKey[]): Promise<SigningService> {
  const byId = new Map(keys.map((key) => [key.accessKeyId, key]));
  const service = {
    getUser: async (
      input: { UserId: string },
      context: { identity?: { accessKeyId: string } },
    ) => ({
      User: { UserId: input.UserId, DisplayName: context.identity?.accessKeyId },
    }),
  } as unknown as ChimeService;
  const server = createChimeServer(service, {
    auth: {
      mode: "sigv4",
      credentials: (accessKeyId) => {
        const key = byId.get(accessKeyId);
        return key && { secretAccessKey: key.secretAccessKey, awsAccountId: "123456789012" };
      },
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
