import type { LoginEventInput } from '@warden/api/src/features/login-records/login-event.input';

let sequence = 0;

/** A valid login event for `loginId` at `occurredAt`; override any field. */
export function loginEvent(loginId: string, occurredAt: Date | string, overrides: Partial<LoginEventInput> = {}): LoginEventInput {
  sequence += 1;
  return {
    sourceEventId: `evt-${process.pid}-${Date.now()}-${sequence}`,
    occurredAt: new Date(occurredAt),
    loginId,
    result: 'SUCCESS',
    environment: 'PC_WEB',
    ip: '203.0.113.10',
    country: 'KR',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/131',
    ...overrides,
  } as LoginEventInput;
}

/** The same event as GraphQL variables (dates as ISO strings). */
export function asVariables(event: LoginEventInput): Record<string, unknown> {
  return { ...event, occurredAt: event.occurredAt.toISOString() };
}

export const minutesAgo = (minutes: number, from = new Date()) => new Date(from.getTime() - minutes * 60_000);
export const daysAgo = (days: number, from = new Date()) => new Date(from.getTime() - days * 86_400_000);
