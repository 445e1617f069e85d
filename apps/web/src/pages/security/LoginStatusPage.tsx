import { useT } from '../../app/i18n';
import { ComingSoon } from '../../ui/ComingSoon';

// Placeholder until the feature's own issue replaces it.
export function LoginStatusPage() {
  const t = useT();
  return <ComingSoon title={t('menu.LOGIN_STATUS')} note={t('page.comingSoon')} />;
}
