/** What the wire needs to know about an error besides its members. */
export interface ChimeErrorSpec {
  /** The error type: `NotFoundException`, sent as `x-amzn-ErrorType`. */
  name: string;
  statusCode: number;
  fault: "client" | "server";
}

/**
 * Base of every error the server answers with an AWS-shaped body: the modeled
 * errors (one generated subclass per error shape) and the protocol's own
 * (unknown operation, authentication failures). A handler throws one; the
 * server writes its status, `x-amzn-ErrorType` and its members as the body.
 */
export class ChimeServiceError extends Error {
  override readonly name: string;
  readonly statusCode: number;
  readonly fault: "client" | "server";
  /** The error's members as they go on the wire (`Code`, `Message`, ...). */
  readonly members: Readonly<Record<string, unknown>>;

  constructor(spec: ChimeErrorSpec, members: Record<string, unknown> = {}) {
    const message = typeof members.Message === "string" ? members.Message : spec.name;
    super(message);
    this.name = spec.name;
    this.statusCode = spec.statusCode;
    this.fault = spec.fault;
    this.members = members;
    Object.assign(this, members);
  }
}

/** An error the protocol itself answers with (it has no shape in the model). */
export function protocolError(
  name: string,
  statusCode: number,
  message: string,
  code: string = name,
): ChimeServiceError {
  return new ChimeServiceError(
    { name, statusCode, fault: statusCode >= 500 ? "server" : "client" },
    { Code: code, Message: message },
  );
}
