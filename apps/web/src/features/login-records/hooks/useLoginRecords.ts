import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { LoginRecordFilter } from '../../../generated/graphql';
import { LoginRecordsQuery } from '../graphql/login-records.query';

/** Rows per page: a screenful or two, well under the API's limit of 200. */
export const LOGIN_RECORDS_PAGE_SIZE = 50;

/** Login records matching a filter, newest first, with "load more" by keyset cursor. */
export function useLoginRecords(filter: LoginRecordFilter) {
  const { data, error, loading, refetch, fetchMore } = useQuery(LoginRecordsQuery, {
    variables: { filter, first: LOGIN_RECORDS_PAGE_SIZE },
    // A security log must not look older than it is: rows cached by an earlier visit show at once
    // and are refreshed; after that the cache serves the list (so "load more" adds, not refetches).
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const filterKey = JSON.stringify(filter);
  // A failed "load more" belongs to the search it was for; a new search starts clean.
  const [loadMoreFailure, setLoadMoreFailure] = useState<{ filterKey: string; error: unknown } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const connection = data?.loginRecords;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setLoadMoreFailure(null);
    try {
      await fetchMore({ variables: { after: endCursor, withCount: false } });
    } catch (failure) {
      setLoadMoreFailure({ filterKey, error: failure });
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore, filterKey]);

  const retry = useCallback(() => {
    // The query's own `error` shows a failed retry; nothing more to do with the rejection.
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    records: connection?.edges.map((edge) => edge.node) ?? null,
    totalCount: connection?.totalCount ?? null,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    /** Nothing to show yet for this search (first load, or a new search). */
    loading: loading && !connection,
    /** Rows are shown and being replaced (a repeated search). */
    refreshing: loading && Boolean(connection) && !loadingMore,
    error,
    retry,
    loadMore,
    loadingMore,
    loadMoreError: loadMoreFailure?.filterKey === filterKey ? loadMoreFailure.error : null,
  };
}
