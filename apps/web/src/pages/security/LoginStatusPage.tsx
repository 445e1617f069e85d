import { useQuery } from '@apollo/client/react';
import { Permission } from '@warden/shared';
import { useT } from '../../app/i18n';
import { LoginStatusView } from '../../features/login-records/components/LoginStatusView';
import { LoginStatusViewerQuery } from '../../features/login-records/graphql/login-status-viewer.query';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';

/** Security › Login status (R10–R15). */
export function LoginStatusPage() {
  const t = useT();
  const { data, error, refetch } = useQuery(LoginStatusViewerQuery);
  // Only admins reach this page, and an admin always has a company; UTC is a safe stand-in.
  const timeZone = data?.me.company?.timeZone ?? 'UTC';

  return (
    <>
      <PageHeader title={t('menu.LOGIN_STATUS')} description={t('loginStatus.description')} />
      {data ? (
        <LoginStatusView timeZone={timeZone} canReview={data.me.permissions.includes(Permission.LOGIN_RECORDS_REVIEW)} />
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </>
  );
}
