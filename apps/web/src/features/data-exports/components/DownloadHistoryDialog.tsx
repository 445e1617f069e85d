import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useId } from 'react';
import { useT } from '../../../app/i18n';
import type { DataExport_RowFragment } from '../../../generated/graphql';
import { formatZoned } from '../data-export-format';

export interface DownloadHistoryDialogProps {
  taskName: string;
  /** Newest first. */
  downloads: DataExport_RowFragment['downloads'];
  timeZone: string;
  onClose(): void;
}

/** Every download of an export: who, which file, when (R49: all of them, not just the last). */
export function DownloadHistoryDialog({ taskName, downloads, timeZone, onClose }: DownloadHistoryDialogProps) {
  const t = useT();
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{t('exportData.downloadsDialog.title', { task: taskName })}</DialogTitle>
      <DialogContent sx={{ px: { xs: 1, sm: 3 } }}>
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell>{t('exportData.downloadsDialog.employee')}</TableCell>
              <TableCell>{t('exportData.downloadsDialog.file')}</TableCell>
              <TableCell>{t('exportData.downloadsDialog.time')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {downloads.map((entry, index) => (
              <TableRow key={`${entry.downloadedAt}-${entry.fileName}-${index}`}>
                <TableCell>{entry.employeeName}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{entry.fileName}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  <time dateTime={entry.downloadedAt}>{formatZoned(entry.downloadedAt, timeZone)}</time>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('exportData.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
