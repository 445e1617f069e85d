import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { LoginReviewStatus } from '../../../generated/graphql';
import { ReviewLoginRecordMutation } from '../graphql/review-login-record.mutation';

/** Records an admin's verdict on a flagged login; the row updates from the returned record. */
export function useReviewLoginRecord(recordId: string) {
  const [mutate, { loading, error }] = useMutation(ReviewLoginRecordMutation);
  const [pendingVerdict, setPendingVerdict] = useState<LoginReviewStatus | null>(null);

  const review = useCallback(
    async (verdict: LoginReviewStatus) => {
      setPendingVerdict(verdict);
      try {
        await mutate({ variables: { id: recordId, verdict } });
      } catch {
        // Shown through `error`.
      } finally {
        setPendingVerdict(null);
      }
    },
    [mutate, recordId],
  );

  return { review, pendingVerdict: loading ? pendingVerdict : null, error };
}
