import Chip from '@mui/material/Chip';
import { alpha } from '@mui/material/styles';
import type { ReactElement } from 'react';

export type StatusTone = 'success' | 'error' | 'warning' | 'info' | 'neutral';

export interface StatusChipProps {
  label: string;
  tone: StatusTone;
  icon?: ReactElement;
}

/** A small tinted status badge: readable colour on a soft background, never colour alone (it has text). */
export function StatusChip({ label, tone, icon }: StatusChipProps) {
  return (
    <Chip
      size="small"
      label={label}
      icon={icon}
      sx={(theme) => {
        const color = tone === 'neutral' ? theme.palette.text.secondary : theme.palette[tone].dark;
        const tint = tone === 'neutral' ? theme.palette.text.secondary : theme.palette[tone].main;
        return {
          height: 22,
          fontWeight: 600,
          fontSize: '0.75rem',
          color,
          bgcolor: alpha(tint, 0.1),
          border: 1,
          borderColor: alpha(tint, 0.25),
          '& .MuiChip-icon': { color: 'inherit', fontSize: 15, ml: 0.75, mr: -0.25 },
          '& .MuiChip-label': { px: 1 },
        };
      }}
    />
  );
}
