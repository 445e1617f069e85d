import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/i18n';
import { SupportAccessView } from '../../features/support-access/components/SupportAccessView';
import { SupportAccessQuery } from '../../features/support-access/graphql/support-access.query';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';

/** Security › Support access (R30, R31). */
export function SupportAccessPage() {
  const t = useT();
  const { data, error, refetch } = useQuery(SupportAccessQuery, { fetchPolicy: 'cache-and-network' });

  return (
    <>
      <PageHeader title={t('menu.SUPPORT_ACCESS')} description={t('supportAccess.description')} />
      {data ? (
        <SupportAccessView decision={data.supportAccess} timeZone={data.me.company?.timeZone ?? 'UTC'} />
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </>
  );
}
