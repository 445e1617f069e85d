import { DeletionStatusPage } from '../../features/deletion-status/components/DeletionStatusPage';

/** Security › Pledge deletion status (R50–R54). */
export function PledgeDeletionStatusPage() {
  return <DeletionStatusPage kind="pledges" />;
}
