import { GraphQLError } from 'graphql';
import { ErrorCode } from '@warden/shared';

/**
 * The only errors whose message reaches a client. Anything else is masked as
 * INTERNAL_SERVER_ERROR and logged with an id the client can quote.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first: this operation needs a session or an API token.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, extensions);
  }
}

/** Bad input: names the field (and, for batches, the index) so the caller can fix it. */
export class BadUserInputError extends AppError {
  constructor(message: string, extensions: { field?: string; index?: number; [key: string]: unknown } = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, extensions);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    super(ErrorCode.INVALID_CREDENTIALS, 'The login ID or password is incorrect.');
  }
}

export class RateLimitedError extends AppError {
  constructor(message: string, retryAfterSeconds?: number) {
    super(ErrorCode.RATE_LIMITED, message, retryAfterSeconds ? { retryAfterSeconds } : {});
  }
}
