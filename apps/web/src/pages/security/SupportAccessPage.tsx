import { useT } from '../../app/i18n';
import { ComingSoon } from '../../ui/ComingSoon';

// Placeholder until the feature's own issue replaces it.
export function SupportAccessPage() {
  const t = useT();
  return <ComingSoon title={t('menu.SUPPORT_ACCESS')} note={t('page.comingSoon')} />;
}
