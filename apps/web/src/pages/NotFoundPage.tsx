import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router';
import { useT } from '../app/i18n';

export function NotFoundPage() {
  const t = useT();
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Box sx={{ textAlign: 'center' }}>
        <Typography variant="h1" sx={{ mb: 2 }}>
          {t('page.notFound')}
        </Typography>
        <Button component={Link} to="/security" variant="outlined">
          {t('common.goToSecurity')}
        </Button>
      </Box>
    </Box>
  );
}
