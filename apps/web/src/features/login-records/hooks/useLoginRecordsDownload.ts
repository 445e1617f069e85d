import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { LoginRecordFilter } from '../../../generated/graphql';
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
      // Only links to this server: the session cookie that authorises them is never sent elsewhere.
      const target = new URL(url, window.location.origin);
      if (target.origin !== window.location.origin) return;
      const link = document.createElement('a');
      link.href = target.href;
      // Empty: the server's Content-Disposition names the file.
      link.download = '';
      document.body.append(link);
      link.click();
      link.remove();
    },
    [request],
  );

  return { download, loading, error, reset };
}
