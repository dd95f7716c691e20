/**
 * How the examples reach the local emulator (`chimekit-mock serve`). The port
 * is the emulator's default (`DEFAULT_PORT` of @chimekit/mocks, which the
 * generator does not import); every example and page takes it from here.
 */
export const EMULATOR_DEFAULT_PORT = 4580;

export const EMULATOR_ENDPOINT = `http://127.0.0.1:${EMULATOR_DEFAULT_PORT}`;

/** Any region works against the emulator; the examples name one so the AWS tools need no configuration. */
export const EXAMPLE_REGION = "us-east-1";

/** The well-known placeholder key pair of AWS's documentation: clearly not a secret. */
export const EXAMPLE_CREDENTIALS = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
} as const;
