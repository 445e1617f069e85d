import { useT } from '../../app/i18n';
import { ComingSoon } from '../../ui/ComingSoon';

// Placeholder until the feature's own issue replaces it.
export function TwoFactorAuthenticationPage() {
  const t = useT();
  return <ComingSoon title={t('menu.TWO_FACTOR_AUTHENTICATION')} note={t('page.comingSoon')} />;
}
