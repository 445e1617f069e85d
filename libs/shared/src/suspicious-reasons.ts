import type { Language } from './domain';
import { t } from './labels';

/** The numbers behind a suspicious-login reason, so it reads in the admin's language (R14, R63). */
export interface SuspiciousReasonFacts {
  /** FAILURE_BURST: failed attempts in a row, inside the window. */
  failures?: number | null;
  windowMinutes?: number | null;
  /** NEW_COUNTRY and IMPOSSIBLE_TRAVEL: the login's country. */
  country?: string | null;
  /** NEW_COUNTRY: the commonest country of the logins looked at, and how many were looked at. */
  usualCountry?: string | null;
  lookback?: number | null;
  /** IMPOSSIBLE_TRAVEL: the previous login's country, the distance, the time between, the speed (null: no time at all) and the limit. */
  previousCountry?: string | null;
  km?: number | null;
  minutes?: number | null;
  kmh?: number | null;
  limitKmh?: number | null;
}

export interface SuspiciousReasonLike {
  rule: string;
  /** The English sentence stored with the record; used when the facts are missing. */
  detail: string;
  facts?: SuspiciousReasonFacts | null;
}

/** The reason as a sentence in `language`; records flagged before facts were stored keep their English sentence. */
export function suspiciousReasonText(language: Language, reason: SuspiciousReasonLike): string {
  const facts = reason.facts;
  const number = (value: number) => value.toLocaleString(LOCALES[language]);
  if (facts && reason.rule === 'FAILURE_BURST' && facts.failures != null && facts.windowMinutes != null) {
    return t(language, 'suspiciousReason.FAILURE_BURST', { failures: number(facts.failures), minutes: number(facts.windowMinutes) });
  }
  if (facts && reason.rule === 'NEW_COUNTRY' && facts.country && facts.usualCountry && facts.lookback != null) {
    return t(language, 'suspiciousReason.NEW_COUNTRY', { country: facts.country, usual: facts.usualCountry, lookback: number(facts.lookback) });
  }
  if (facts && reason.rule === 'IMPOSSIBLE_TRAVEL' && facts.country && facts.previousCountry && facts.km != null && facts.minutes != null && facts.limitKmh != null) {
    const duration =
      facts.minutes < 60
        ? t(language, 'duration.minutes', { minutes: number(Math.max(0, Math.round(facts.minutes))) })
        : t(language, 'duration.hours', { hours: (facts.minutes / 60).toFixed(1) });
    const speed = facts.kmh == null ? t(language, 'suspiciousReason.noTime') : `${number(Math.round(facts.kmh))} km/h`;
    return t(language, 'suspiciousReason.IMPOSSIBLE_TRAVEL', {
      from: facts.previousCountry,
      to: facts.country,
      km: number(Math.round(facts.km)),
      duration,
      speed,
      limit: number(facts.limitKmh),
    });
  }
  return reason.detail;
}

const LOCALES: Record<Language, string> = { ko: 'ko-KR', en: 'en-US', ja: 'ja-JP' };
