import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { useT } from '../../../app/i18n';
import type { DataExport_RowFragment } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { CancelDataExportMutation } from '../graphql/data-exports.mutations';

/** Asks before canceling: a canceled export's files are deleted and cannot come back (R47). */
export function CancelExportDialog({ dataExport, onClose }: { dataExport: DataExport_RowFragment; onClose(): void }) {
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  const [cancel, { loading, error }] = useMutation(CancelDataExportMutation, {
    // The returned export updates its row; the page query learns that no request is active any more.
    refetchQueries: ['ExportDataPage'],
    awaitRefetchQueries: true,
  });

  async function confirm() {
    try {
      await cancel({ variables: { id: dataExport.id } });
      onClose();
    } catch {
      // Shown through `error` (EXPORT_CANCEL_WINDOW_CLOSED, EXPORT_NOT_CANCELABLE…).
    }
  }

  return (
    <Dialog open onClose={loading ? undefined : onClose} aria-labelledby={titleId} aria-describedby={bodyId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('exportData.cancelDialog.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>{t('exportData.cancelDialog.body', { task: dataExport.taskName })}</DialogContentText>
        {error ? <ErrorAlert error={error} sx={{ mt: 2 }} /> : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={loading} autoFocus>
          {t('exportData.cancelDialog.keep')}
        </Button>
        <Button color="error" variant="contained" loading={loading} onClick={() => void confirm()}>
          {t('exportData.cancelDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
