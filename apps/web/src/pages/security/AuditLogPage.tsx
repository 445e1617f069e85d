import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/i18n';
import { AuditLogView } from '../../features/audit-log/components/AuditLogView';
import { AuditLogViewerQuery } from '../../features/audit-log/graphql/audit-events.query';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';

/** Security › Audit log (R60); shown in the drawer to admins with AUDIT_LOG_READ. */
export function AuditLogPage() {
  const t = useT();
  const { data, error, refetch } = useQuery(AuditLogViewerQuery);
  return (
    <>
      <PageHeader title={t('menu.AUDIT_LOG')} description={t('auditLog.description')} />
      {data ? (
        <AuditLogView timeZone={data.me.company?.timeZone ?? 'UTC'} />
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </>
  );
}
