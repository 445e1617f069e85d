import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { calendarDateInZone } from '../../../app/time/zoned-time';
import type { LoginRecordFilter } from '../../../generated/graphql';
import {
  searchFromParams,
  searchToFilter,
  searchToParams,
  searchWindow,
  type LoginRecordSearch,
  type SearchWindow,
} from '../login-record-search';

export interface LoginRecordSearchState {
  /** The applied search, read from the URL (so it is shareable and survives a reload). */
  search: LoginRecordSearch;
  /** The same search as the API's filter. */
  filter: LoginRecordFilter;
  bounds: SearchWindow;
  /** The query string: changes whenever the applied search does. */
  key: string;
  /** Applies a search; false when it asks for exactly what is shown already (the caller refetches). */
  apply(next: LoginRecordSearch): boolean;
  /** Back to the default search; false when that is what is shown already. */
  reset(): boolean;
}

/** The Login status search, kept in the query string; days are the company's (`timeZone`). */
export function useLoginRecordSearch(timeZone: string): LoginRecordSearchState {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // Today in the company's zone, not the browser's: an admin abroad sees the company's days.
  const today = calendarDateInZone(new Date(), timeZone);
  const bounds = useMemo(() => searchWindow(today), [today]);
  const search = useMemo(() => searchFromParams(new URLSearchParams(key), today), [key, today]);
  const filter = useMemo(() => searchToFilter(search, timeZone), [search, timeZone]);

  const apply = useCallback(
    (next: LoginRecordSearch) => {
      const nextParams = searchToParams(next);
      if (nextParams.toString() !== key) setParams(nextParams);
      return JSON.stringify(searchToFilter(next, timeZone)) !== JSON.stringify(filter);
    },
    [filter, key, setParams, timeZone],
  );

  const reset = useCallback(() => {
    if (key !== '') setParams(new URLSearchParams());
    return JSON.stringify(searchToFilter(searchFromParams(new URLSearchParams(), today), timeZone)) !== JSON.stringify(filter);
  }, [filter, key, setParams, timeZone, today]);

  return { search, filter, bounds, key, apply, reset };
}
