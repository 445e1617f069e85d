import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import InboxOutlined from '@mui/icons-material/InboxOutlined';
import { skipToken, useQuery } from '@apollo/client/react';
import { DataExportStatus } from '@warden/shared';
import { useId } from 'react';
import { useT } from '../../../app/i18n';
import { formatOffset, offsetMinutes } from '../../../app/time/zoned-time';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { tableHeadCellSx } from '../../../ui/table-head';
import { useLoadMore } from '../../../ui/useLoadMore';
import { DataExportQuery, DataExportsQuery } from '../graphql/data-exports.queries';
import { useDataExportPartDownload } from '../hooks/useDataExportPartDownload';
import { ExportHistoryRow } from './ExportHistoryRow';

/** Requests per page: the history grows by a few a month, so one page is usually all of it. */
export const DATA_EXPORTS_PAGE_SIZE = 20;
/** While a build runs its progress is read this often; nothing is polled once none is pending. */
export const PENDING_POLL_MS = 2_000;

const COLUMNS = 6;

/** Export history (R45–R49): every request with its status, files, expiry and downloads. */
export function ExportHistoryPanel({ timeZone }: { timeZone: string }) {
  const t = useT();
  const headingId = useId();
  const { data, error, loading, fetchMore, refetch } = useQuery(DataExportsQuery, {
    variables: { first: DATA_EXPORTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const download = useDataExportPartDownload();

  const connection = data?.dataExports;
  const { loadMore, loadingMore, loadMoreError } = useLoadMore(fetchMore, connection?.pageInfo.endCursor);
  const rows = connection?.edges.map((edge) => edge.node) ?? null;
  // One active request per company, so at most one is being built. Polling that one export (not
  // the list) keeps every loaded page, and its row updates through the cache, keyed by id.
  const pending = rows?.find((row) => row.status === DataExportStatus.PENDING) ?? null;
  useQuery(
    DataExportQuery,
    pending ? { variables: { id: pending.id }, pollInterval: PENDING_POLL_MS, fetchPolicy: 'network-only' } : skipToken,
  );

  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: 1.5, px: { xs: 2, sm: 2.5 }, py: 1.5 }}>
        <Typography id={headingId} variant="h2" sx={{ fontSize: '1rem' }}>
          {t('exportData.history.title')}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('exportData.history.timeZoneNote', { zone: `${timeZone} (UTC${formatOffset(offsetMinutes(new Date(), timeZone))})` })}
        </Typography>
      </Box>
      <Box sx={{ height: 2 }}>{loading && connection && !loadingMore ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
      {download.error ? <ErrorAlert error={download.error} sx={{ mx: 2.5, mb: 1.5 }} /> : null}
      {error && !connection ? (
        <Box sx={{ p: 2.5 }}>
          <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
        </Box>
      ) : (
        <TableContainer>
          <Table aria-labelledby={headingId} aria-busy={rows === null} sx={{ minWidth: 960 }}>
            <TableHead>
              <TableRow sx={{ '& th': tableHeadCellSx }}>
                <TableCell>{t('exportData.column.task')}</TableCell>
                <TableCell>{t('exportData.column.requestedAt')}</TableCell>
                <TableCell>{t('exportData.column.status')}</TableCell>
                <TableCell>{t('exportData.column.files')}</TableCell>
                <TableCell>{t('exportData.column.expiresAt')}</TableCell>
                <TableCell>{t('exportData.column.downloads')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows === null ? (
                Array.from({ length: 3 }, (_, row) => (
                  <TableRow key={row} aria-hidden>
                    {Array.from({ length: COLUMNS }, (_, cell) => (
                      <TableCell key={cell}>
                        <Skeleton variant="text" width={cell === 0 ? 140 : 80} />
                      </TableCell>
                    ))}
                  </TableRow>
                ))
              ) : rows.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={COLUMNS} sx={{ borderBottom: 0 }}>
                    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', py: 6, gap: 1, color: 'text.secondary' }}>
                      <InboxOutlined sx={{ fontSize: 40, color: 'text.disabled' }} aria-hidden />
                      <Typography variant="body2">{t('exportData.history.empty')}</Typography>
                    </Box>
                  </TableCell>
                </TableRow>
              ) : (
                rows.map((row) => <ExportHistoryRow key={row.id} dataExport={row} timeZone={timeZone} download={download} />)
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {connection?.pageInfo.hasNextPage || loadMoreError ? (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1, px: 2.5, py: 1.25, borderTop: 1, borderColor: 'divider' }}>
          {connection?.pageInfo.hasNextPage ? (
            <Button variant="text" onClick={() => void loadMore()} loading={loadingMore}>
              {t('exportData.loadMore')}
            </Button>
          ) : null}
          {loadMoreError ? <ErrorAlert error={loadMoreError} onRetry={() => void loadMore()} sx={{ flexBasis: '100%' }} /> : null}
        </Box>
      ) : null}
    </Paper>
  );
}
