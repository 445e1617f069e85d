import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';

export function SecurityHomePage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('menu.security')} />
      <Paper variant="outlined" sx={{ p: 4 }}>
        <Typography>{t('security.welcome')}</Typography>
      </Paper>
    </>
  );
}
