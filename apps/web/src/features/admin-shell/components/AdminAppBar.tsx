import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import CodeIcon from '@mui/icons-material/Code';
import LogoutIcon from '@mui/icons-material/Logout';
import MenuIcon from '@mui/icons-material/Menu';
import PersonOutlined from '@mui/icons-material/PersonOutlined';
import ShieldOutlined from '@mui/icons-material/ShieldOutlined';
import { Link } from 'react-router';
import { useLanguage, useT } from '../../../app/i18n';
import { useSignOut } from '../../auth/hooks/useSignOut';
import { LanguageMenu } from '../../../ui/LanguageMenu';

export interface AdminAppBarProps {
  companyName: string | null;
  adminName: string | null;
  onOpenMenu(): void;
}

/** The bar over every admin page: menu button at the top left, then who and where you are. */
export function AdminAppBar({ companyName, adminName, onOpenMenu }: AdminAppBarProps) {
  const t = useT();
  const { language, chooseLanguage } = useLanguage();
  const { signOut, loading: signingOut } = useSignOut();
  // On narrow screens the actions keep their accessible names but show icons only.
  const compact = useMediaQuery(useTheme().breakpoints.down('md'));

  return (
    <AppBar
      position="sticky"
      color="inherit"
      sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <Toolbar variant="dense" sx={{ gap: { xs: 0.5, sm: 1.5 }, minHeight: 56, whiteSpace: 'nowrap' }}>
        <IconButton edge="start" aria-label={t('common.openMenu')} onClick={onOpenMenu}>
          <MenuIcon />
        </IconButton>
        <Box
          component={Link}
          to="/security"
          sx={{ display: 'flex', alignItems: 'center', gap: 0.75, color: 'primary.main', textDecoration: 'none' }}
        >
          <ShieldOutlined fontSize="small" aria-hidden />
          <Typography component="span" sx={{ fontWeight: 700, fontSize: '1.05rem', letterSpacing: 0.2 }}>
            Warden
          </Typography>
        </Box>
        <Typography component="span" sx={{ color: 'text.secondary', display: { xs: 'none', sm: 'inline' } }}>
          / {t('menu.security')}
        </Typography>

        <Box sx={{ flex: 1 }} />

        {companyName ? (
          <Box
            title={t('common.company')}
            sx={{ display: { xs: 'none', md: 'flex' }, alignItems: 'center', gap: 0.5, color: 'text.secondary' }}
          >
            <ApartmentOutlined fontSize="small" aria-hidden />
            <Typography variant="body2" aria-label={`${t('common.company')}: ${companyName}`}>
              {companyName}
            </Typography>
          </Box>
        ) : null}
        {adminName ? (
          <Box
            title={t('common.signedInAs')}
            sx={{ display: { xs: 'none', sm: 'flex' }, alignItems: 'center', gap: 0.5, color: 'text.secondary' }}
          >
            <PersonOutlined fontSize="small" aria-hidden />
            <Typography variant="body2" aria-label={`${t('common.signedInAs')}: ${adminName}`}>
              {adminName}
            </Typography>
          </Box>
        ) : null}

        <Divider orientation="vertical" flexItem sx={{ my: 1.5, display: { xs: 'none', sm: 'block' } }} />

        <LanguageMenu
          value={language}
          onChange={chooseLanguage}
          label={t('common.language')}
          nameOf={(code) => t(`language.${code}`)}
          iconOnly={compact}
        />
        {compact ? (
          <>
            <Tooltip title={t('common.graphiql')}>
              <IconButton href="/graphiql" target="_blank" rel="noopener" aria-label={t('common.graphiql')}>
                <CodeIcon fontSize="small" />
              </IconButton>
            </Tooltip>
            <Tooltip title={t('common.signOut')}>
              <IconButton edge="end" onClick={signOut} disabled={signingOut} aria-label={t('common.signOut')}>
                <LogoutIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </>
        ) : (
          <>
            <Button
              color="inherit"
              size="small"
              href="/graphiql"
              target="_blank"
              rel="noopener"
              startIcon={<CodeIcon fontSize="small" />}
            >
              {t('common.graphiql')}
            </Button>
            <Button
              color="inherit"
              size="small"
              onClick={signOut}
              loading={signingOut}
              startIcon={<LogoutIcon fontSize="small" />}
            >
              {t('common.signOut')}
            </Button>
          </>
        )}
      </Toolbar>
    </AppBar>
  );
}
