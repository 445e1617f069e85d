import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TranslateIcon from '@mui/icons-material/Translate';
import { LANGUAGES, type Language } from '@warden/shared';
import { useId, useState, type MouseEvent } from 'react';

export interface LanguageMenuProps {
  value: Language;
  onChange(language: Language): void;
  /** Accessible name of the button ("Language"). */
  label: string;
  /** Each language's name as shown in the list. */
  nameOf(language: Language): string;
  color?: 'inherit' | 'primary';
  /** Narrow screens: the icon alone (the accessible name still says the language). */
  iconOnly?: boolean;
}

/** A compact language picker: a button showing the current language, opening a menu of all. */
export function LanguageMenu({ value, onChange, label, nameOf, color = 'inherit', iconOnly = false }: LanguageMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const buttonProps = {
    'aria-label': `${label}: ${nameOf(value)}`,
    'aria-haspopup': 'menu' as const,
    'aria-controls': anchor ? menuId : undefined,
    'aria-expanded': anchor ? ('true' as const) : undefined,
    onClick: (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget),
  };
  return (
    <>
      {iconOnly ? (
        <IconButton color={color} {...buttonProps}>
          <TranslateIcon fontSize="small" />
        </IconButton>
      ) : (
        <Button color={color} size="small" startIcon={<TranslateIcon fontSize="small" />} {...buttonProps}>
          {nameOf(value)}
        </Button>
      )}
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {LANGUAGES.map((language) => (
          <MenuItem
            key={language}
            lang={language}
            selected={language === value}
            onClick={() => {
              setAnchor(null);
              onChange(language);
            }}
          >
            {nameOf(language)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
