import { LoginResult, suspiciousReasonText } from '@warden/shared';
import { DEFAULT_LOGIN_RULE_SETTINGS } from './login-rule-settings.entity';
import { type LoginFacts, evaluateSuspiciousRules } from './suspicious-rules';

const at = (iso: string) => new Date(iso);
const success = (iso: string, country: string | null = 'KR'): LoginFacts => ({ occurredAt: at(iso), result: LoginResult.SUCCESS, country });
const failure = (iso: string, country: string | null = 'KR'): LoginFacts => ({ occurredAt: at(iso), result: LoginResult.FAILURE, country });
const settings = { ...DEFAULT_LOGIN_RULE_SETTINGS };
/** History is newest first, as the service passes it. */
const newestFirst = (...items: LoginFacts[]) => [...items].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());

describe('evaluateSuspiciousRules', () => {
  const usualHistory = newestFirst(
    success('2026-11-20T00:00:00Z'),
    success('2026-11-19T00:00:00Z'),
    success('2026-11-18T00:00:00Z'),
    success('2026-11-17T00:00:00Z'),
  );

  it('flags a success after 5 failures within 10 minutes, and says so', () => {
    const history = newestFirst(
      ...[1, 2, 3, 4, 5].map((minute) => failure(`2026-11-25T09:0${minute}:00Z`)),
      ...usualHistory,
    );
    expect(evaluateSuspiciousRules(success('2026-11-25T09:07:00Z'), history, settings)).toEqual([
      { rule: 'FAILURE_BURST', detail: '5 failed attempts in 10 min, then a success', facts: { failures: 5, windowMinutes: 10 } },
    ]);
  });

  it('does not flag 4 failures, failures spread beyond the window, or the failures themselves', () => {
    const four = newestFirst(...[1, 2, 3, 4].map((minute) => failure(`2026-11-25T09:0${minute}:00Z`)), ...usualHistory);
    expect(evaluateSuspiciousRules(success('2026-11-25T09:07:00Z'), four, settings)).toEqual([]);
    const spread = newestFirst(...[0, 5, 10, 15, 20].map((minute) => failure(new Date(Date.UTC(2026, 10, 25, 9, minute)).toISOString())), ...usualHistory);
    expect(evaluateSuspiciousRules(success('2026-11-25T09:25:00Z'), spread, settings)).toEqual([]);
    expect(evaluateSuspiciousRules(failure('2026-11-25T09:07:00Z'), four, settings)).toEqual([]);
  });

  it('flags a country never seen in the employee’s recent logins', () => {
    const reasons = evaluateSuspiciousRules(success('2026-11-25T09:00:00Z', 'DE'), usualHistory, { ...settings, impossibleTravelEnabled: false });
    expect(reasons).toEqual([
      { rule: 'NEW_COUNTRY', detail: 'first login from DE in the last 4 logins (usually KR): KR→DE', facts: { country: 'DE', usualCountry: 'KR', lookback: 4 } },
    ]);
    expect(suspiciousReasonText('ko', reasons[0])).toBe('최근 로그인 4번 중 DE에서 처음 로그인 (평소 KR): KR→DE');
    expect(suspiciousReasonText('ja', reasons[0])).toBe('直近4回のログインでDEから初めてのログイン（通常はKR）：KR→DE');
  });

  it('does not flag a new employee’s first countries', () => {
    expect(evaluateSuspiciousRules(success('2026-11-25T09:00:00Z', 'DE'), [success('2026-11-24T00:00:00Z')], settings)).toEqual([]);
  });

  it('flags impossible travel between consecutive logins with the speed', () => {
    const history = newestFirst(success('2026-11-25T08:00:00Z', 'KR'), ...usualHistory);
    const reasons = evaluateSuspiciousRules(success('2026-11-25T09:30:00Z', 'US'), history, { ...settings, newCountryEnabled: false });
    expect(reasons).toHaveLength(1);
    expect(reasons[0].rule).toBe('IMPOSSIBLE_TRAVEL');
    expect(reasons[0].detail).toMatch(/^impossible travel: KR→US, [\d,]+ km in 1\.5 h \([\d,]+ km\/h; limit 900 km\/h\)$/);
    expect(reasons[0].facts).toMatchObject({ country: 'US', previousCountry: 'KR', minutes: 90, limitKmh: 900 });
    expect(suspiciousReasonText('ko', reasons[0])).toMatch(/^불가능한 이동: KR→US, 1\.5시간 동안 [\d,]+ km \([\d,]+ km\/h, 한도 900 km\/h\)$/);
    expect(suspiciousReasonText('en', reasons[0])).toMatch(/^Impossible travel: KR→US, [\d,]+ km in 1\.5 h \([\d,]+ km\/h; limit 900 km\/h\)$/);
  });

  it('allows a plausible trip (Seoul to Tokyo in a day)', () => {
    const history = newestFirst(success('2026-11-24T08:00:00Z', 'KR'), ...usualHistory);
    expect(evaluateSuspiciousRules(success('2026-11-25T08:00:00Z', 'JP'), history, { ...settings, newCountryEnabled: false })).toEqual([]);
  });

  it('honours the company’s thresholds and switches', () => {
    const history = newestFirst(...[1, 2, 3].map((minute) => failure(`2026-11-25T09:0${minute}:00Z`)), ...usualHistory);
    expect(evaluateSuspiciousRules(success('2026-11-25T09:05:00Z'), history, { ...settings, failureBurstCount: 3 })).toHaveLength(1);
    expect(
      evaluateSuspiciousRules(success('2026-11-25T09:05:00Z'), history, { ...settings, failureBurstCount: 3, failureBurstEnabled: false }),
    ).toEqual([]);
  });

  it('reads in Korean and Japanese, and keeps the stored English sentence of records without facts', () => {
    const [burst] = evaluateSuspiciousRules(
      success('2026-11-25T09:07:00Z'),
      newestFirst(...[1, 2, 3, 4, 5].map((minute) => failure(`2026-11-25T09:0${minute}:00Z`))),
      settings,
    );
    expect(suspiciousReasonText('ko', burst)).toBe('10분 안에 5번 실패한 뒤 성공');
    expect(suspiciousReasonText('ja', burst)).toBe('10分以内に5回失敗した後に成功');
    expect(suspiciousReasonText('ja', { rule: 'FAILURE_BURST', detail: 'stored sentence' })).toBe('stored sentence');
  });
});
