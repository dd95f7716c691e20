import type { ChimeHttpRequest, ChimeHttpResponse } from "@chimekit/server";
import type { RecordedCall } from "../control/call-log.js";
import type { ChimeEmulator } from "../emulator/chime-emulator.js";

/** The operation of a call no route matched, in the call history. */
const UNKNOWN_OPERATION = "(unknown)";

const decoder = new TextDecoder();

/**
 * A call the server refused before the emulator ran it (validation,
 * authentication, an unknown route, the failed-signature budget), as the
 * call history keeps it: what was sent, what was answered. Built on error
 * answers only, so the cost stays off the hot path.
 */
export function refusedCall(
  emulator: ChimeEmulator,
  request: ChimeHttpRequest,
  response: ChimeHttpResponse,
  operation: string | undefined,
  durationMs: number,
): RecordedCall {
  const answer = parseJson(response.body) as
    { Code?: unknown; Message?: unknown; message?: unknown } | undefined;
  const name = response.headers["x-amzn-errortype"] ?? String(answer?.Code ?? response.statusCode);
  const accessKeyId = /Credential=([^/,\s]+)\//.exec(request.headers.authorization ?? "")?.[1];
  return {
    requestId: response.headers["x-amzn-requestid"],
    operation: operation ?? UNKNOWN_OPERATION,
    awsAccountId: emulator.awsAccountIdOf(accessKeyId === undefined ? undefined : { accessKeyId }),
    timeMs: emulator.clock.nowMs(),
    durationMs: Math.round(durationMs * 100) / 100,
    statusCode: response.statusCode,
    input:
      request.body.length === 0
        ? {}
        : (parseJson(request.body) ?? { body: `${request.body.length} bytes that are not JSON` }),
    error: { name, message: String(answer?.Message ?? answer?.message ?? "") },
  };
}

function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(body));
  } catch {
    return undefined;
  }
}
