import { t, type LabelKey } from '@warden/shared';
import { useCallback } from 'react';
import { useLanguage } from './useLanguage';

export type Translate = (key: LabelKey, params?: Record<string, string | number>) => string;

/** `t()` bound to the current UI language. */
export function useT(): Translate {
  const { language } = useLanguage();
  return useCallback<Translate>((key, params) => t(language, key, params), [language]);
}
