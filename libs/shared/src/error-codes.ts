/**
 * Every error the API returns carries one of these codes in `extensions.code`; the SPA switches on
 * them, so they are part of the public contract and are never renamed.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  RATE_LIMITED: 'RATE_LIMITED',
  SECURITY_FEATURES_DISABLED: 'SECURITY_FEATURES_DISABLED',
  STEP_UP_REQUIRED: 'STEP_UP_REQUIRED',
  EXPORT_ALREADY_ACTIVE: 'EXPORT_ALREADY_ACTIVE',
  EXPORT_CANCEL_WINDOW_CLOSED: 'EXPORT_CANCEL_WINDOW_CLOSED',
  EXPORT_NOT_CANCELABLE: 'EXPORT_NOT_CANCELABLE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ErrorCode;
}
