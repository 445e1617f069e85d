import type { Language } from '@warden/shared';
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { browserLanguage, readStoredLanguage, storeLanguage } from './language-storage';

export interface LanguageContextValue {
  /** The language every label is shown in right now. */
  language: Language;
  /** A person's explicit choice: applied at once and remembered in this browser. */
  chooseLanguage(language: Language): void;
  /** The signed-in company's language: used whenever the person has not chosen one. */
  setCompanyLanguage(language: Language | null): void;
}

export const LanguageContext = createContext<LanguageContextValue | null>(null);

/** Decides the UI language: the person's choice, else the company language, else the browser's. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<Language | null>(readStoredLanguage);
  const [companyLanguage, setCompanyLanguage] = useState<Language | null>(null);
  const language = chosen ?? companyLanguage ?? browserLanguage();

  const chooseLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setChosen(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo(
    () => ({ language, chooseLanguage, setCompanyLanguage }),
    [language, chooseLanguage],
  );
  return <LanguageContext value={value}>{children}</LanguageContext>;
}
