import { ErrorCode, type Service } from '@warden/shared';
import { AppError } from '../../core/graphql/errors';

/** R24: a protected operation without a valid step-up; the SPA shows the Additional authentication page. */
export class StepUpRequiredError extends AppError {
  constructor(service: Service) {
    super(ErrorCode.STEP_UP_REQUIRED, 'This menu needs additional authentication: request a code and enter it first.', { service });
  }
}

/**
 * A code that is wrong, expired, used, replaced, or entered while step-up is locked: one message
 * for all, so an attacker learns nothing from the answer (R23).
 */
export class StepUpCodeRejectedError extends AppError {
  constructor() {
    super(ErrorCode.INVALID_CREDENTIALS, 'The code is not valid. Check it, or request a new code.');
  }
}
