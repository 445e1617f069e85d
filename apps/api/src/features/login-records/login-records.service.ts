import type { DataSource } from 'typeorm';
import { LoginEnvironment, type LoginFailureReason, LoginResult } from '@warden/shared';
import type { Clock } from '../../core/clock/clock';
import { ipToHex, normalizeIp } from '../../core/net/ip';
import { LoginRecord } from './login-record.entity';

export interface LoginAttempt {
  occurredAt?: Date;
  employeeId: string | null;
  employeeName: string | null;
  loginId: string;
  result: LoginResult;
  failureReason?: LoginFailureReason | null;
  environment: LoginEnvironment;
  ip: string;
  country?: string | null;
  userAgent?: string | null;
  sourceEventId?: string | null;
}

/** Stores login attempts (R10); the search, rules and retention build on these rows. */
export class LoginRecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(companyId: string, attempt: LoginAttempt): Promise<LoginRecord> {
    const ip = normalizeIp(attempt.ip);
    const repository = this.dataSource.getRepository(LoginRecord);
    return repository.save(
      repository.create({
        companyId,
        occurredAt: attempt.occurredAt ?? this.clock.now(),
        employeeId: attempt.employeeId,
        employeeName: attempt.employeeName,
        loginId: attempt.loginId,
        result: attempt.result,
        failureReason: attempt.result === LoginResult.FAILURE ? (attempt.failureReason ?? null) : null,
        environment: attempt.environment,
        ip,
        // Unparseable client addresses (a misconfigured proxy) still get a sortable value.
        ipHex: ipToHex(ip) ?? '0'.repeat(32),
        country: attempt.country ?? null,
        userAgent: attempt.userAgent?.slice(0, 512) ?? null,
        sourceEventId: attempt.sourceEventId ?? null,
        suspicious: false,
        suspiciousReasons: null,
      }),
    );
  }

  /** Failed attempts of one employee since `since`, for the sign-in lockout. */
  async countFailuresSince(companyId: string, employeeId: string, since: Date): Promise<number> {
    return this.dataSource
      .getRepository(LoginRecord)
      .createQueryBuilder('record')
      .where('record.companyId = :companyId', { companyId })
      .andWhere('record.employeeId = :employeeId', { employeeId })
      .andWhere('record.occurredAt >= :since', { since })
      .andWhere('record.result = :result', { result: LoginResult.FAILURE })
      .getCount();
  }
}

/** The login environment of a browser sign-in to Warden, from its user agent. */
export function environmentFromUserAgent(userAgent: string | null): LoginEnvironment {
  if (!userAgent) return LoginEnvironment.OTHER;
  return /Mobi|Android|iPhone|iPad/i.test(userAgent) ? LoginEnvironment.MOBILE_WEB : LoginEnvironment.PC_WEB;
}
