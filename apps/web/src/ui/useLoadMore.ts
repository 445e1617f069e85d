import { useCallback, useState } from 'react';

/** A query's `fetchMore` as a keyset-paged list calls it: the next page after a cursor. */
export type FetchMoreAfter = (options: { variables: { after: string } }) => Promise<unknown>;

/**
 * "Load more" for a cursor-paged list: fetches the page after `endCursor` (nothing when there is
 * none), and says whether it is loading and how the last attempt failed.
 */
export function useLoadMore(fetchMore: FetchMoreAfter, endCursor: string | null | undefined) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (failure) {
      setLoadMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore]);
  return { loadMore, loadingMore, loadMoreError };
}
