import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { LoginRecordFilter } from '../../../generated/graphql';
import { followDownloadLink } from '../../../ui/follow-download-link';
import { RequestLoginRecordsDownloadMutation } from '../graphql/request-login-records-download.mutation';

/**
 * Downloads `YYYYMMDD_LoginLog.xlsx` (R15): asks the API for a short-lived link bound to this
 * session, then follows it. The server names the file and streams it; the page stays where it is.
 */
export function useLoginRecordsDownload() {
  const [request, { loading, error, reset }] = useMutation(RequestLoginRecordsDownloadMutation);

  const download = useCallback(
    async (filter: LoginRecordFilter) => {
      let url: string;
      try {
        const { data } = await request({ variables: { filter } });
        if (!data) return;
        url = data.requestLoginRecordsDownload.url;
      } catch {
        // The mutation result's `error` carries it to the page.
        return;
      }
      followDownloadLink(url);
    },
    [request],
  );

  return { download, loading, error, reset };
}
