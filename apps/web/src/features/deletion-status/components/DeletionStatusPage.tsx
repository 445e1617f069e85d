import { useQuery } from '@apollo/client/react';
import { useT } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import type { DeletionKind } from '../deletion-kind';
import { DeletionStatusViewerQuery } from '../graphql/deletion-status.operations';
import { DeletionStatusView } from './DeletionStatusView';

/** The page around the view: its title and description, and the company's time zone. */
export function DeletionStatusPage({ kind }: { kind: DeletionKind }) {
  const t = useT();
  const { data, error, refetch } = useQuery(DeletionStatusViewerQuery);
  // Only admins reach this page, and an admin always has a company; UTC is a safe stand-in.
  const timeZone = data?.me.company?.timeZone ?? 'UTC';
  return (
    <>
      <PageHeader
        title={t(kind === 'documents' ? 'menu.APPROVAL_DOCUMENT_DELETION_STATUS' : 'menu.PLEDGE_DELETION_STATUS')}
        description={t(kind === 'documents' ? 'deletionStatus.documents.description' : 'deletionStatus.pledges.description')}
      />
      {data ? (
        <DeletionStatusView key={kind} kind={kind} timeZone={timeZone} />
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </>
  );
}
