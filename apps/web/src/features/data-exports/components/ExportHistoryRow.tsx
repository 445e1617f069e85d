import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { DataExportStatus, labels, type LabelKey } from '@warden/shared';
import { Fragment, useState } from 'react';
import { useLanguage, useT } from '../../../app/i18n';
import { formatInZone } from '../../../app/time/zoned-time';
import type { DataExport_RowFragment } from '../../../generated/graphql';
import { StatusChip, type StatusTone } from '../../../ui/StatusChip';
import { formatBytes, formatNumber, formatZoned } from '../data-export-format';
import type { useDataExportPartDownload } from '../hooks/useDataExportPartDownload';
import { CancelExportDialog } from './CancelExportDialog';
import { DownloadHistoryDialog } from './DownloadHistoryDialog';

const STATUS_TONES: Record<DataExportStatus, StatusTone> = {
  PENDING: 'info',
  REQUEST_COMPLETED: 'success',
  EXPIRED: 'neutral',
  CANCELED: 'neutral',
  FAILED: 'error',
};

export interface ExportHistoryRowProps {
  dataExport: DataExport_RowFragment;
  timeZone: string;
  download: ReturnType<typeof useDataExportPartDownload>;
}

export function ExportHistoryRow({ dataExport, timeZone, download }: ExportHistoryRowProps) {
  const t = useT();
  const { language } = useLanguage();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [showDownloads, setShowDownloads] = useState(false);
  const { status } = dataExport;
  // Parts are offered only for a finished build: a failed, canceled or expired one has no file to give (R45, R48).
  const downloadable = status === DataExportStatus.REQUEST_COMPLETED;
  const downloads = [...dataExport.downloads].sort((a, b) => Date.parse(b.downloadedAt) - Date.parse(a.downloadedAt));
  const latest = downloads[0];

  return (
    <TableRow data-export-id={dataExport.id} data-status={status} sx={{ '& > td': { verticalAlign: 'top', py: 1.25 } }}>
      <TableCell sx={{ minWidth: 180, maxWidth: 260 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {dataExport.taskName}
        </Typography>
        <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
          {t('exportData.requestedBy', { name: dataExport.requestedBy.name })}
        </Typography>
        <Box component="ul" aria-label={t('exportData.column.items')} sx={{ m: 0, mt: 0.5, pl: 2, fontSize: '0.75rem', color: 'text.secondary' }}>
          {dataExport.items.map(({ item, includeAttachments }) => (
            <li key={item}>
              {includeAttachments
                ? t('exportData.withAttachments', { item: t(`dataExport.item.${item}`) })
                : t(`dataExport.item.${item}`)}
            </li>
          ))}
        </Box>
      </TableCell>
      <TableCell>
        <ZonedTime instant={dataExport.requestedAt} timeZone={timeZone} />
        <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mt: 0.5, whiteSpace: 'nowrap' }}>
          {t('exportData.periodValue', { period: periodText(dataExport, t) })}
        </Typography>
      </TableCell>
      <TableCell sx={{ minWidth: 150 }}>
        <StatusChip label={t(`dataExport.status.${status}`)} tone={STATUS_TONES[status]} />
        {status === DataExportStatus.PENDING && dataExport.progress ? (
          <Box sx={{ mt: 1 }}>
            <LinearProgress
              variant={dataExport.progress.itemsTotal > 0 ? 'determinate' : 'indeterminate'}
              value={dataExport.progress.itemsTotal > 0 ? (100 * dataExport.progress.itemsDone) / dataExport.progress.itemsTotal : undefined}
              aria-label={t('exportData.progressLabel')}
              sx={{ borderRadius: 1 }}
            />
            <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mt: 0.5 }} data-testid="export-progress">
              {/* Nothing counted yet: the build is queued or still counting what it will write. */}
              {dataExport.progress.itemsTotal === 0
                ? t('exportData.preparing')
                : t('exportData.progress', {
                    done: formatNumber(language, dataExport.progress.itemsDone),
                    total: formatNumber(language, dataExport.progress.itemsTotal),
                    bytes: formatBytes(language, dataExport.progress.bytesDone),
                  })}
            </Typography>
          </Box>
        ) : null}
        {status === DataExportStatus.FAILED ? (
          <Typography variant="caption" component="div" sx={{ color: 'error.dark', mt: 0.5, overflowWrap: 'anywhere' }}>
            {t('exportData.failedBecause', { reason: failureText(dataExport.failureReason, language) })}
          </Typography>
        ) : null}
        {dataExport.canCancel ? (
          <Box sx={{ mt: 1 }}>
            <Button
              size="small"
              color="error"
              variant="outlined"
              aria-label={t('exportData.cancelExport', { task: dataExport.taskName })}
              onClick={() => setConfirmCancel(true)}
            >
              {t('exportData.cancel')}
            </Button>
            <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mt: 0.5 }}>
              {t('exportData.cancelableUntil', { date: formatZoned(dataExport.cancelableUntil, timeZone) })}
            </Typography>
          </Box>
        ) : null}
      </TableCell>
      <TableCell>
        {downloadable && dataExport.parts.length > 0 ? (
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 0.5 }}>
            {dataExport.parts.map((part) => {
              const busy = download.pending?.exportId === dataExport.id && download.pending.partNumber === part.partNumber;
              const label = t('exportData.downloadFile', { file: part.fileName });
              return (
                <Box component="li" key={part.partNumber} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                  <Tooltip title={label}>
                    <span>
                      <IconButton size="small" color="primary" aria-label={label} loading={busy} onClick={() => {
                        download.reset();
                        void download.download(dataExport.id, part.partNumber);
                      }}>
                        <FileDownloadOutlined fontSize="small" />
                      </IconButton>
                    </span>
                  </Tooltip>
                  <Box sx={{ minWidth: 0 }}>
                    <Typography variant="body2">
                      <BreakableName name={part.fileName} />
                    </Typography>
                    <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                      {formatBytes(language, part.bytes)}
                    </Typography>
                  </Box>
                </Box>
              );
            })}
          </Box>
        ) : (
          <Typography variant="body2" sx={{ color: 'text.disabled' }}>
            {status === DataExportStatus.PENDING ? '…' : t('exportData.noFiles')}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {dataExport.expiresAt && status !== DataExportStatus.CANCELED && status !== DataExportStatus.FAILED ? (
          <ZonedTime instant={dataExport.expiresAt} timeZone={timeZone} />
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell sx={{ minWidth: 150 }}>
        {latest ? (
          <>
            <Typography variant="body2" data-testid="latest-download">
              {latest.employeeName}
            </Typography>
            <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
              <ZonedTime instant={latest.downloadedAt} timeZone={timeZone} />
            </Typography>
            {downloads.length > 1 ? (
              <Button size="small" variant="text" sx={{ px: 0.5, minWidth: 0 }} onClick={() => setShowDownloads(true)}>
                {t('exportData.viewAll', { count: downloads.length })}
              </Button>
            ) : null}
          </>
        ) : (
          <Typography variant="body2" sx={{ color: 'text.disabled' }}>
            {t('exportData.notDownloaded')}
          </Typography>
        )}
        {confirmCancel ? <CancelExportDialog dataExport={dataExport} onClose={() => setConfirmCancel(false)} /> : null}
        {showDownloads ? (
          <DownloadHistoryDialog
            taskName={dataExport.taskName}
            downloads={downloads}
            timeZone={timeZone}
            onClose={() => setShowDownloads(false)}
          />
        ) : null}
      </TableCell>
    </TableRow>
  );
}

/**
 * `works-10342_202611252225_01.zip` may break after `-` and `_` only, so a narrow column keeps the
 * company id, the time and the part number each whole.
 */
function BreakableName({ name }: { name: string }) {
  const pieces = name.split(/(?<=[-_])/);
  return (
    <>
      {pieces.map((piece, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {piece}
        </Fragment>
      ))}
    </>
  );
}

/**
 * An instant on the company's clock with its offset. The time and the offset each stay whole; a
 * narrow column wraps between them.
 */
function ZonedTime({ instant, timeZone }: { instant: string; timeZone: string }) {
  const time = formatInZone(instant, timeZone);
  return (
    <Box component="time" dateTime={instant} sx={{ fontVariantNumeric: 'tabular-nums' }}>
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {time.text}
      </Box>{' '}
      <Box component="span" sx={{ whiteSpace: 'nowrap', color: 'text.secondary', fontSize: '0.75rem' }}>
        ({time.offset})
      </Box>
    </Box>
  );
}

function periodText(dataExport: Pick<DataExport_RowFragment, 'periodFrom' | 'periodTo'>, t: ReturnType<typeof useT>): string {
  const from = dayText(dataExport.periodFrom);
  const to = dayText(dataExport.periodTo);
  if (!from && !to) return t('exportData.period.all');
  return `${from ?? '…'} ~ ${to ?? '…'}`;
}

/** A `Date` scalar as the API sends it (`2026-11-25`); anything longer is cut to its day. */
function dayText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value.slice(0, 10) : null;
}

/**
 * Why a build failed. The API may send a label key (shown in the UI language) or a sentence already
 * in the company language (shown as it is).
 */
function failureText(reason: string | null, language: ReturnType<typeof useLanguage>['language']): string {
  if (!reason) return '—';
  if (Object.hasOwn(labels, reason)) return labels[reason as LabelKey][language];
  return reason;
}
