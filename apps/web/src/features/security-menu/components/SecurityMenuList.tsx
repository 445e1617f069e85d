import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import type { SvgIconComponent } from '@mui/icons-material';
import DeleteSweepOutlined from '@mui/icons-material/DeleteSweepOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import PhonelinkLockOutlined from '@mui/icons-material/PhonelinkLockOutlined';
import SupportAgentOutlined from '@mui/icons-material/SupportAgentOutlined';
import type { SecurityMenu } from '@warden/shared';
import { Link, useLocation } from 'react-router';
import { useT } from '../../../app/i18n';
import type { SecurityMenu_PayloadFragment } from '../../../generated/graphql';

const MENU_ICONS: Record<SecurityMenu, SvgIconComponent> = {
  LOGIN_STATUS: HistoryOutlined,
  TWO_FACTOR_AUTHENTICATION: PhonelinkLockOutlined,
  SUPPORT_ACCESS: SupportAgentOutlined,
  EXPORT_DATA: FileDownloadOutlined,
  APPROVAL_DOCUMENT_DELETION_STATUS: DeleteSweepOutlined,
  PLEDGE_DELETION_STATUS: DescriptionOutlined,
};

/** The audit log's path under /security; a client-side entry, not one of the API's menus. */
export const AUDIT_LOG_PATH = 'audit-log';

export interface SecurityMenuListProps {
  payload: SecurityMenu_PayloadFragment;
  /** Adds Audit log last (admins with AUDIT_LOG_READ). */
  showAuditLog?: boolean;
  /** Called after a menu is picked (the drawer closes). */
  onNavigate?: () => void;
}

/** The Security menus the server offers this admin, or why there are none. */
export function SecurityMenuList({ payload, showAuditLog = false, onNavigate }: SecurityMenuListProps) {
  const t = useT();
  const { pathname } = useLocation();

  if (!payload.available) {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {payload.unavailableReason
          ? t(`security.unavailable.${payload.unavailableReason}`)
          : t('security.unavailable.title')}
      </Alert>
    );
  }

  return (
    <List dense disablePadding>
      {[
        ...payload.items.map(({ menu, path }) => ({ key: menu, path, label: t(`menu.${menu}`), Icon: MENU_ICONS[menu] })),
        ...(showAuditLog ? [{ key: 'AUDIT_LOG', path: AUDIT_LOG_PATH, label: t('menu.AUDIT_LOG'), Icon: FactCheckOutlined }] : []),
      ].map(({ key, path, label, Icon }) => {
        const to = `/security/${path}`;
        const current = pathname === to || pathname.startsWith(`${to}/`);
        return (
          <ListItemButton
            key={key}
            component={Link}
            to={to}
            selected={current}
            aria-current={current ? 'page' : undefined}
            onClick={onNavigate}
            sx={{ px: 2.5, py: 1 }}
          >
            <ListItemIcon sx={{ minWidth: 36 }}>
              <Icon fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={label} />
          </ListItemButton>
        );
      })}
    </List>
  );
}
