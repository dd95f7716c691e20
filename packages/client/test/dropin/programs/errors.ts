// A program written for @aws-sdk/client-chime: instanceof on errors, their fields and $metadata.
import {
  ChimeClient,
  ChimeServiceException,
  DeleteAccountCommand,
  GetUserCommand,
  NotFoundException,
  ThrottledClientException,
} from "@aws-sdk/client-chime";

const client = new ChimeClient({
  region: "us-east-1",
  endpoint: process.env.CHIME_ENDPOINT,
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  maxAttempts: 1,
});

async function attempt(label: string, call: () => Promise<unknown>) {
  try {
    await call();
    return { label, ok: true };
  } catch (error) {
    if (error instanceof NotFoundException) {
      return {
        label,
        notFound: true,
        code: error.Code,
        message: error.message,
        status: error.$metadata.httpStatusCode,
      };
    }
    if (error instanceof ThrottledClientException) {
      return { label, throttled: true, fault: error.$fault };
    }
    if (error instanceof ChimeServiceException) {
      return {
        label,
        service: error.name,
        fault: error.$fault,
        status: error.$metadata.httpStatusCode,
      };
    }
    throw error;
  }
}

const results = [
  await attempt("missing user", () =>
    client.send(new GetUserCommand({ AccountId: "acct-1", UserId: "missing" })),
  ),
  await attempt("throttled", () =>
    client.send(new GetUserCommand({ AccountId: "acct-1", UserId: "throttled" })),
  ),
  await attempt("unknown error", () =>
    client.send(new DeleteAccountCommand({ AccountId: "locked" })),
  ),
];
console.log(JSON.stringify(results));
client.destroy();
