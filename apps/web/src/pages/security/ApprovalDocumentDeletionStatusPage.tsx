import { DeletionStatusPage } from '../../features/deletion-status/components/DeletionStatusPage';

/** Security › Approval document deletion status (R50–R54). */
export function ApprovalDocumentDeletionStatusPage() {
  return <DeletionStatusPage kind="documents" />;
}
