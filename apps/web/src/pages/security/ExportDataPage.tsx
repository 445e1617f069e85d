import { useT } from '../../app/i18n';
import { ExportDataView } from '../../features/data-exports/components/ExportDataView';
import { PageHeader } from '../../ui/PageHeader';

/** Security › Export data, with its Export history tab (R40–R49). */
export function ExportDataPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('menu.EXPORT_DATA')} description={t('exportData.description')} />
      <ExportDataView />
    </>
  );
}
