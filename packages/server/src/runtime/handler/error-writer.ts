import { MethodNotAllowedError } from "../errors/protocol-errors.js";
import { ChimeServiceError } from "../errors/service-error.js";
import type { ChimeHttpResponse } from "../http/types.js";
import { encodeJson } from "../serde/json-body.js";
import type { CodecCompiler } from "../serde/value-codec.js";
import type { ServiceSchema } from "../schema/types.js";

/**
 * Writes an error the AWS way: its status, `x-amzn-ErrorType: <Name>` and its
 * members as a JSON body (`{"Code": ..., "Message": ...}`). Modeled errors are
 * written through their structure, so only modeled members go out.
 */
export class ErrorWriter {
  constructor(
    private readonly schema: ServiceSchema,
    private readonly compiler: CodecCompiler,
  ) {}

  write(error: ChimeServiceError, requestId: string): ChimeHttpResponse {
    const body = this.schema.structures[error.name]?.error
      ? this.compiler.structure(error.name).writeJson(error.members as Record<string, unknown>)
      : { Code: error.members.Code ?? error.name, Message: error.members.Message ?? error.message };
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "x-amzn-errortype": error.name,
      "x-amzn-requestid": requestId,
    };
    if (error instanceof MethodNotAllowedError) headers.allow = error.allowed.join(", ");
    return { statusCode: error.statusCode, headers, body: encodeJson(body) };
  }
}

/** A service error from this package, also across copies of it (ESM and CommonJS builds loaded together). */
export function isServiceError(error: unknown): error is ChimeServiceError {
  if (error instanceof ChimeServiceError) return true;
  if (typeof error !== "object" || error === null) return false;
  const candidate = error as Partial<ChimeServiceError>;
  return (
    typeof candidate.name === "string" &&
    typeof candidate.statusCode === "number" &&
    (candidate.fault === "client" || candidate.fault === "server") &&
    typeof candidate.members === "object"
  );
}
