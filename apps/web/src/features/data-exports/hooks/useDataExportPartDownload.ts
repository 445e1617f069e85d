import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { followDownloadLink } from '../../../ui/follow-download-link';
import { DataExportQuery } from '../graphql/data-exports.queries';
import { RequestDataExportPartDownloadMutation } from '../graphql/data-exports.mutations';

/** When to re-read the export after a download starts: the server records it before the bytes go. */
const REFRESH_AFTER_MS = [1_500, 5_000];

/**
 * Downloads one part of an export: asks the API for a short-lived link bound to this session, then
 * follows it (the server names the file). The export is read again shortly after, so the download
 * history shows the download that just happened.
 */
export function useDataExportPartDownload() {
  const client = useApolloClient();
  const [request, { error, reset }] = useMutation(RequestDataExportPartDownloadMutation);
  const [pending, setPending] = useState<{ exportId: string; partNumber: number } | null>(null);
  const [failedExportId, setFailedExportId] = useState<string | null>(null);
  const timers = useRef<number[]>([]);

  useEffect(
    () => () => {
      for (const timer of timers.current) window.clearTimeout(timer);
    },
    [],
  );

  const download = useCallback(
    async (exportId: string, partNumber: number) => {
      let url: string;
      setPending({ exportId, partNumber });
      setFailedExportId(null);
      try {
        const { data } = await request({ variables: { exportId, partNumber } });
        if (!data) return;
        url = data.requestDataExportPartDownload.url;
      } catch {
        // The mutation result's `error` carries it to the page.
        setFailedExportId(exportId);
        return;
      } finally {
        setPending(null);
      }
      if (!followDownloadLink(url)) return;
      for (const delay of REFRESH_AFTER_MS) {
        timers.current.push(
          window.setTimeout(() => {
            // A failed refresh only leaves the history as it was; the next visit shows it.
            client.query({ query: DataExportQuery, variables: { id: exportId }, fetchPolicy: 'network-only' }).catch(() => undefined);
          }, delay),
        );
      }
    },
    [client, request],
  );

  return {
    download,
    /** The part whose link is being asked for, if any. */
    pending,
    error,
    /** Which export the last failure was for. */
    errorExportId: error ? failedExportId : null,
    reset,
  };
}
