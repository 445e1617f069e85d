import { useT } from '../../app/i18n';
import { ComingSoon } from '../../ui/ComingSoon';

// Placeholder until the feature's own issue replaces it.
export function ExportDataPage() {
  const t = useT();
  return <ComingSoon title={t('menu.EXPORT_DATA')} note={t('page.comingSoon')} />;
}
