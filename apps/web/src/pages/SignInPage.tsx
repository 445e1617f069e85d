import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import ShieldOutlined from '@mui/icons-material/ShieldOutlined';
import { useLocation, useNavigate } from 'react-router';
import { useLanguage, useT } from '../app/i18n';
import { SignInForm } from '../features/auth/components/SignInForm';
import { LanguageMenu } from '../ui/LanguageMenu';

/** Where the admin pages send someone without a session; returns them where they were going. */
function destinationAfterSignIn(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/security') ? from : '/security';
}

export function SignInPage() {
  const t = useT();
  const { language, chooseLanguage } = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'background.default',
        px: 2,
        position: 'relative',
      }}
    >
      <Box sx={{ position: 'absolute', top: 12, right: 16 }}>
        <LanguageMenu
          color="primary"
          value={language}
          onChange={chooseLanguage}
          label={t('common.language')}
          nameOf={(code) => t(`language.${code}`)}
        />
      </Box>
      <Box component="main" sx={{ width: '100%', maxWidth: 400 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 1, mb: 3, color: 'primary.main' }}>
          <ShieldOutlined aria-hidden />
          <Typography component="span" sx={{ fontWeight: 700, fontSize: '1.4rem' }}>
            Warden
          </Typography>
        </Box>
        <Card>
          <CardContent sx={{ p: 4, '&:last-child': { pb: 4 } }}>
            <Typography variant="h1" sx={{ fontSize: '1.25rem', mb: 0.5 }}>
              {t('signIn.title')}
            </Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary', mb: 3 }}>
              {t('signIn.subtitle')}
            </Typography>
            <SignInForm onSignedIn={() => navigate(destinationAfterSignIn(location.state), { replace: true })} />
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}
