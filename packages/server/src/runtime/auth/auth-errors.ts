import { type ChimeServiceError, protocolError } from "../errors/service-error.js";

/** The authentication failures of AWS's Common Errors, with the status AWS answers them with. */
const AUTH_ERROR_STATUS = {
  MissingAuthenticationToken: 403,
  InvalidClientTokenId: 403,
  IncompleteSignature: 400,
  RequestExpired: 400,
  InvalidSignatureException: 403,
} as const;

export type AuthErrorCode = keyof typeof AUTH_ERROR_STATUS;

export function authError(code: AuthErrorCode, message: string): ChimeServiceError {
  return protocolError(code, AUTH_ERROR_STATUS[code], message);
}
