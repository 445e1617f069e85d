import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import { useQuery } from '@apollo/client/react';
import { Permission } from '@warden/shared';
import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useLanguage, useT } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { isUnauthenticated } from '../../../ui/error-code';
import { LoadingState } from '../../../ui/LoadingState';
import { SecurityMenuDrawer } from '../../security-menu/components/SecurityMenuDrawer';
import { SecurityUnavailable } from '../../security-menu/components/SecurityUnavailable';
import { AdminShellQuery } from '../graphql/admin-shell.query';
import { AdminAppBar } from './AdminAppBar';

/**
 * Everything under /security: checks the session (the server decides, through `me`), then
 * frames the page with the app bar and the Security drawer.
 */
export function AdminLayout() {
  const t = useT();
  const location = useLocation();
  const { setCompanyLanguage } = useLanguage();
  const [menuOpen, setMenuOpen] = useState(false);
  const { data, error, loading, refetch } = useQuery(AdminShellQuery);

  const companyLanguage = data?.me.company?.language ?? null;
  useEffect(() => {
    setCompanyLanguage(companyLanguage);
  }, [companyLanguage, setCompanyLanguage]);

  if (isUnauthenticated(error)) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  }
  if (!data) {
    return (
      <Container maxWidth="sm" sx={{ py: 8 }}>
        {loading ? <LoadingState label={t('common.loading')} /> : <ErrorAlert error={error} onRetry={() => refetch()} />}
      </Container>
    );
  }

  const { me, securityMenu } = data;
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AdminAppBar
        companyName={me.company?.name ?? null}
        adminName={me.employee?.name ?? null}
        onOpenMenu={() => setMenuOpen(true)}
      />
      <SecurityMenuDrawer
        open={menuOpen}
        onClose={() => setMenuOpen(false)}
        payload={securityMenu}
        showAuditLog={me.permissions.includes(Permission.AUDIT_LOG_READ)}
      />
      <Container component="main" maxWidth="lg" sx={{ py: 4 }}>
        {securityMenu.available ? <Outlet /> : <SecurityUnavailable reason={securityMenu.unavailableReason} />}
      </Container>
    </Box>
  );
}
