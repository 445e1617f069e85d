import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ErrorCode, isErrorCode, type LabelKey } from '@warden/shared';

/** Every code the SPA can show: the API's codes, plus NETWORK when the server was not reached. */
export type DisplayErrorCode = ErrorCode | 'NETWORK';

// Fails to compile if an ErrorCode gains no label, so no code ever shows a raw key.
export const errorLabelKey = (code: DisplayErrorCode): LabelKey => `error.${code}` satisfies LabelKey;

function codeOfFormattedErrors(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }>) {
  for (const error of errors) {
    const code = error.extensions?.code;
    if (isErrorCode(code)) return code;
  }
  return null;
}

/** The codes found in an Apollo error, most specific first. */
export function errorCodesOf(error: unknown): DisplayErrorCode[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.code).filter(isErrorCode);
    // Validation failures and masked errors carry codes we do not list: show "something went wrong".
    return codes.length > 0 ? codes : [ErrorCode.INTERNAL_SERVER_ERROR];
  }
  if (ServerError.is(error)) {
    // A non-2xx reply may still carry GraphQL errors (e.g. CSRF prevention, rate limits).
    try {
      const body = JSON.parse(error.bodyText) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
      const code = body.errors ? codeOfFormattedErrors(body.errors) : null;
      if (code) return [code];
    } catch {
      // Not JSON: a proxy or gateway answered, not Warden.
    }
    return error.statusCode >= 502 && error.statusCode <= 504 ? ['NETWORK'] : [ErrorCode.INTERNAL_SERVER_ERROR];
  }
  // HTML instead of JSON means something in between answered (a proxy, a captive portal).
  if (ServerParseError.is(error)) return ['NETWORK'];
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return ['NETWORK'];
  return [ErrorCode.INTERNAL_SERVER_ERROR];
}

/** The single code to show for an error (the first, most specific one). */
export function errorCodeOf(error: unknown): DisplayErrorCode | null {
  return errorCodesOf(error)[0] ?? null;
}

/** Whether the error says the caller is not signed in (or the session ended). */
export function isUnauthenticated(error: unknown): boolean {
  return errorCodesOf(error).includes(ErrorCode.UNAUTHENTICATED);
}

/** A BAD_USER_INPUT error that names its field, with the rest of its extensions (e.g. `earliest`). */
export interface FieldError {
  field: string;
  extensions: Readonly<Record<string, unknown>>;
}

/** The input field an error is about, when the API named one; shown next to that field. */
export function fieldErrorOf(error: unknown): FieldError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const { extensions } of error.errors) {
    if (extensions?.code === ErrorCode.BAD_USER_INPUT && typeof extensions.field === 'string') {
      return { field: extensions.field, extensions };
    }
  }
  return null;
}
