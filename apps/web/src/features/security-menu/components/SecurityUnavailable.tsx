import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { SecurityMenuUnavailableReason } from '@warden/shared';
import { useT } from '../../../app/i18n';

/** The whole page when a company or admin gets no Security menus at all (R0). */
export function SecurityUnavailable({ reason }: { reason: SecurityMenuUnavailableReason | null }) {
  const t = useT();
  return (
    <Alert severity="info" variant="outlined" sx={{ bgcolor: 'background.paper', maxWidth: 720 }}>
      <AlertTitle component="h1" sx={{ fontWeight: 600 }}>
        {t('security.unavailable.title')}
      </AlertTitle>
      {reason ? t(`security.unavailable.${reason}`) : null}
    </Alert>
  );
}
