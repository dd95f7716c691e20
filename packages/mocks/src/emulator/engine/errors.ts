/**
 * The modeled errors the emulator raises, by shape name. Rules throw an
 * `EmulatorError`; the service boundary turns it into the matching class of
 * `@chimekit/server`, and batch operations turn it into a per-item error
 * (`UserErrors`, `PhoneNumberErrors`, `Errors`) with its `ErrorCode`.
 */
export const ERROR_CODES = {
  AccessDeniedException: "AccessDenied",
  BadRequestException: "BadRequest",
  ConflictException: "Conflict",
  ForbiddenException: "Forbidden",
  NotFoundException: "NotFound",
  ResourceLimitExceededException: "ResourceLimitExceeded",
  ServiceFailureException: "ServiceFailure",
  ServiceUnavailableException: "ServiceUnavailable",
  ThrottledClientException: "Throttled",
  UnauthorizedClientException: "Unauthorized",
  UnprocessableEntityException: "Unprocessable",
} as const;

export type ErrorShapeName = keyof typeof ERROR_CODES;
export type ErrorCodeValue = (typeof ERROR_CODES)[ErrorShapeName];

export function isErrorShapeName(name: string): name is ErrorShapeName {
  return Object.prototype.hasOwnProperty.call(ERROR_CODES, name);
}

export class EmulatorError extends Error {
  constructor(
    readonly shape: ErrorShapeName,
    message: string,
    /** Per-item code when it says more than the shape does (`PhoneNumberAssociationsExist`). */
    readonly itemCode?: string,
  ) {
    super(message);
    this.name = shape;
  }

  /** The `ErrorCode` member of the error body and of per-item errors. */
  get code(): string {
    return this.itemCode ?? ERROR_CODES[this.shape];
  }
}

export const badRequest = (message: string) => new EmulatorError("BadRequestException", message);
export const notFound = (message: string) => new EmulatorError("NotFoundException", message);
export const conflict = (message: string) => new EmulatorError("ConflictException", message);
export const accessDenied = (message: string) =>
  new EmulatorError("AccessDeniedException", message);
export const unprocessable = (message: string) =>
  new EmulatorError("UnprocessableEntityException", message);
