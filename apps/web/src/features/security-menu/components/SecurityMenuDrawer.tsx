import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import ShieldOutlined from '@mui/icons-material/ShieldOutlined';
import { useId } from 'react';
import { useT } from '../../../app/i18n';
import type { SecurityMenu_PayloadFragment } from '../../../generated/graphql';
import { SecurityMenuList } from './SecurityMenuList';

export interface SecurityMenuDrawerProps {
  open: boolean;
  onClose(): void;
  payload: SecurityMenu_PayloadFragment;
  showAuditLog?: boolean;
}

/** The "Security" drawer that slides in from the left, opened by the app bar's menu button. */
export function SecurityMenuDrawer({ open, onClose, payload, showAuditLog }: SecurityMenuDrawerProps) {
  const t = useT();
  const titleId = useId();
  return (
    <Drawer anchor="left" open={open} onClose={onClose}>
      <Box component="nav" aria-labelledby={titleId} sx={{ width: 300 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2.5, minHeight: 56 }}>
          <ShieldOutlined color="primary" fontSize="small" aria-hidden />
          <Typography id={titleId} variant="h2" sx={{ flex: 1, fontSize: '1rem' }}>
            {t('menu.security')}
          </Typography>
          <IconButton edge="end" size="small" aria-label={t('common.closeMenu')} onClick={onClose}>
            <CloseIcon fontSize="small" />
          </IconButton>
        </Box>
        <Divider />
        <SecurityMenuList payload={payload} showAuditLog={showAuditLog} onNavigate={onClose} />
      </Box>
    </Drawer>
  );
}
