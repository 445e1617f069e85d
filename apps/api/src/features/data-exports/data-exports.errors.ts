import { ErrorCode } from '@warden/shared';
import { AppError } from '../../core/graphql/errors';

/** R42: one active (pending or completed, not expired) request per company. */
export class ExportAlreadyActiveError extends AppError {
  constructor() {
    super(
      ErrorCode.EXPORT_ALREADY_ACTIVE,
      'An export request is already active for your company: wait until it expires, or cancel it, before requesting another.',
    );
  }
}

/** R47: the 7 days after the request have passed. */
export class ExportCancelWindowClosedError extends AppError {
  constructor(cancelableUntil: Date) {
    super(ErrorCode.EXPORT_CANCEL_WINDOW_CLOSED, 'This export can no longer be canceled: 7 days have passed since the request.', {
      cancelableUntil: cancelableUntil.toISOString(),
    });
  }
}

/** Only PENDING and REQUEST_COMPLETED requests can be canceled. */
export class ExportNotCancelableError extends AppError {
  constructor(status: string) {
    super(ErrorCode.EXPORT_NOT_CANCELABLE, `Only pending or completed exports can be canceled; this one is ${status}.`, { status });
  }
}
