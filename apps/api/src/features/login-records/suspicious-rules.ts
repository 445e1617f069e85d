import { LoginResult } from '@warden/shared';
import { distanceBetweenCountriesKm } from './country-centroids';
import { type SuspiciousReason, SuspiciousRule } from './login-record.entity';
import type { LoginRuleSettings } from './login-rule-settings.entity';

/** The part of a login the rules look at. */
export interface LoginFacts {
  occurredAt: Date;
  result: LoginResult;
  country: string | null;
}

/** Most logins a rule needs to look back at; history queries fetch this many per employee. */
export const HISTORY_DEPTH = 20;

type Settings = Omit<LoginRuleSettings, 'companyId' | 'updatedAt'>;

/**
 * Evaluates the suspicious-login rules (R14) for one successful login of an employee against that
 * employee's earlier attempts (newest first, all before `login`). Each reason says, in a sentence,
 * what an admin can verify. Failed attempts are never flagged: the burst rule flags the success
 * that follows them, which is the login that matters.
 */
export function evaluateSuspiciousRules(login: LoginFacts, history: readonly LoginFacts[], settings: Settings): SuspiciousReason[] {
  if (login.result !== LoginResult.SUCCESS) return [];
  const reasons: SuspiciousReason[] = [];

  if (settings.failureBurstEnabled) {
    const windowStart = login.occurredAt.getTime() - settings.failureBurstWindowMinutes * 60_000;
    // Consecutive failures right before this success, inside the window.
    let failures = 0;
    for (const earlier of history) {
      if (earlier.occurredAt.getTime() < windowStart || earlier.result !== LoginResult.FAILURE) break;
      failures += 1;
    }
    if (failures >= settings.failureBurstCount) {
      reasons.push({
        rule: SuspiciousRule.FAILURE_BURST,
        detail: `${failures} failed attempts in ${settings.failureBurstWindowMinutes} min, then a success`,
        facts: { failures, windowMinutes: settings.failureBurstWindowMinutes },
      });
    }
  }

  const successes = history.filter((earlier) => earlier.result === LoginResult.SUCCESS);
  if (settings.newCountryEnabled && login.country) {
    const lookback = successes.slice(0, settings.newCountryLookback).filter((earlier) => earlier.country);
    // A new employee has no history to compare with: only flag once there is some.
    if (lookback.length >= 3 && !lookback.some((earlier) => earlier.country === login.country)) {
      const usual = mostCommon(lookback.map((earlier) => earlier.country!));
      reasons.push({
        rule: SuspiciousRule.NEW_COUNTRY,
        detail: `first login from ${login.country} in the last ${lookback.length} logins (usually ${usual}): ${usual}→${login.country}`,
        facts: { country: login.country, usualCountry: usual, lookback: lookback.length },
      });
    }
  }

  if (settings.impossibleTravelEnabled && login.country) {
    const previous = successes.find((earlier) => earlier.country);
    if (previous && previous.country !== login.country) {
      const km = distanceBetweenCountriesKm(previous.country!, login.country);
      const hours = (login.occurredAt.getTime() - previous.occurredAt.getTime()) / 3_600_000;
      if (km !== null && km > 0) {
        const kmh = hours > 0 ? km / hours : Number.POSITIVE_INFINITY;
        if (kmh > settings.impossibleTravelKmh) {
          reasons.push({
            rule: SuspiciousRule.IMPOSSIBLE_TRAVEL,
            detail:
              `impossible travel: ${previous.country}→${login.country}, ${Math.round(km).toLocaleString('en-US')} km in ` +
              `${formatHours(hours)} (${Number.isFinite(kmh) ? `${Math.round(kmh).toLocaleString('en-US')} km/h` : 'no time at all'}; ` +
              `limit ${settings.impossibleTravelKmh} km/h)`,
            facts: {
              country: login.country,
              previousCountry: previous.country,
              km: Math.round(km),
              minutes: Math.round(hours * 60 * 10) / 10,
              kmh: Number.isFinite(kmh) ? Math.round(kmh) : null,
              limitKmh: settings.impossibleTravelKmh,
            },
          });
        }
      }
    }
  }
  return reasons;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function formatHours(hours: number): string {
  if (hours < 1) return `${Math.max(0, Math.round(hours * 60))} min`;
  return `${hours.toFixed(1)} h`;
}
