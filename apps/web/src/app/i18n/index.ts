export { LanguageProvider, type LanguageContextValue } from './LanguageProvider';
export { useLanguage } from './useLanguage';
export { useT, type Translate } from './useT';
