import { LoginEnvironment } from '@warden/shared';
import {
  addDays,
  isCalendarDate,
  startOfDayInZone,
  subtractMonths,
  type CalendarDate,
} from '../../app/time/zoned-time';
import type { LoginRecordFilter } from '../../generated/graphql';

/** Records are kept, and searchable, for three months (R12, R13); the API enforces the same. */
export const RETENTION_MONTHS = 3;
/** The period a search covers when none is given: the last 7 days, today included. */
const DEFAULT_PERIOD_DAYS = 7;

/** The result choices of the search window; "Suspicious" is a flag, not a result, in the API. */
export const RESULT_FILTERS = ['ALL', 'SUCCESS', 'FAILURE', 'SUSPICIOUS'] as const;
export type ResultFilter = (typeof RESULT_FILTERS)[number];

export const LOGIN_ENVIRONMENTS: readonly LoginEnvironment[] = Object.values(LoginEnvironment);

/** A search as the admin types it: calendar days in the company's zone, `to` included. */
export interface LoginRecordSearch {
  employee: string;
  environments: LoginEnvironment[];
  result: ResultFilter;
  ip: string;
  from: CalendarDate;
  to: CalendarDate;
}

/** The days a search may cover: from three months ago to today, in the company's zone. */
export interface SearchWindow {
  earliest: CalendarDate;
  today: CalendarDate;
}

export function searchWindow(today: CalendarDate): SearchWindow {
  return { earliest: subtractMonths(today, RETENTION_MONTHS), today };
}

export function defaultSearch(today: CalendarDate): LoginRecordSearch {
  return {
    employee: '',
    environments: [],
    result: 'ALL',
    ip: '',
    from: addDays(today, -(DEFAULT_PERIOD_DAYS - 1)),
    to: today,
  };
}

// Short, readable query-string names: a search is meant to be shared as a link.
const PARAM = { employee: 'employee', environment: 'env', result: 'result', ip: 'ip', from: 'from', to: 'to' } as const;

/**
 * The search a URL describes; anything missing or malformed falls back to the default. An early
 * `from` is kept as given: the API says why it is refused, next to the field.
 */
export function searchFromParams(params: URLSearchParams, today: CalendarDate): LoginRecordSearch {
  const defaults = defaultSearch(today);
  const environments = params
    .getAll(PARAM.environment)
    .flatMap((value) => value.split(','))
    .filter((value): value is LoginEnvironment => (LOGIN_ENVIRONMENTS as readonly string[]).includes(value));
  const result = params.get(PARAM.result)?.toUpperCase();
  const from = params.get(PARAM.from) ?? '';
  const to = params.get(PARAM.to) ?? '';
  return {
    employee: params.get(PARAM.employee)?.trim() ?? '',
    environments: [...new Set(environments)],
    result: RESULT_FILTERS.find((choice) => choice === result) ?? defaults.result,
    ip: params.get(PARAM.ip)?.trim() ?? '',
    from: isCalendarDate(from) ? from : defaults.from,
    to: isCalendarDate(to) ? to : defaults.to,
  };
}

/** The URL of a search: the period always (so a shared link means the same days), the rest when set. */
export function searchToParams(search: LoginRecordSearch): URLSearchParams {
  const params = new URLSearchParams();
  const employee = search.employee.trim();
  const ip = search.ip.trim();
  if (employee) params.set(PARAM.employee, employee);
  if (search.environments.length > 0) params.set(PARAM.environment, search.environments.join(','));
  if (search.result !== 'ALL') params.set(PARAM.result, search.result.toLowerCase());
  if (ip) params.set(PARAM.ip, ip);
  params.set(PARAM.from, search.from);
  params.set(PARAM.to, search.to);
  return params;
}

/**
 * The API filter of a search. Days become instants at midnight in the company's zone, and the last
 * day is included by ending at the next midnight (the API's `to` is exclusive). Unset conditions
 * are left out, so equal searches make equal variables (and share a cache entry).
 */
export function searchToFilter(search: LoginRecordSearch, timeZone: string): LoginRecordFilter {
  const filter: LoginRecordFilter = {
    from: startOfDayInZone(search.from, timeZone),
    to: startOfDayInZone(addDays(search.to, 1), timeZone),
  };
  const employee = search.employee.trim();
  const ip = search.ip.trim();
  if (employee) filter.employee = employee;
  if (search.environments.length > 0) filter.environments = [...search.environments].sort();
  if (search.result === 'SUCCESS' || search.result === 'FAILURE') filter.results = [search.result];
  if (search.result === 'SUSPICIOUS') filter.suspiciousOnly = true;
  if (ip) filter.ip = ip;
  return filter;
}
