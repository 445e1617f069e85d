import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@warden/shared';
import { useCallback } from 'react';
import type { StepUpChannel } from '../../../generated/graphql';
import { RequestStepUpCodeMutation } from '../graphql/request-step-up-code.mutation';
import { StepUpStatusQuery } from '../graphql/step-up-status.query';
import { VerifyStepUpCodeMutation } from '../graphql/verify-step-up-code.mutation';

/** The step-up flow: where a code can go, sending one, and checking it (R21–R23). */
export function useStepUp() {
  const status = useQuery(StepUpStatusQuery, { fetchPolicy: 'network-only' });
  const [request, requested] = useMutation(RequestStepUpCodeMutation);
  const [verify, verified] = useMutation(VerifyStepUpCodeMutation, {
    // The menus the admin opens next ask the status afresh; so does this page if they come back.
    refetchQueries: [StepUpStatusQuery],
  });

  const sendCode = useCallback(
    async (channel: StepUpChannel) => {
      verified.reset();
      try {
        const { data } = await request({ variables: { channel } });
        return data?.requestStepUpCode ?? null;
      } catch {
        // Shown through `requested.error`.
        return null;
      }
    },
    [request, verified],
  );

  const verifyCode = useCallback(
    async (code: string) => {
      try {
        const { data } = await verify({ variables: { code } });
        return data?.verifyStepUpCode.validUntil ?? null;
      } catch {
        return null;
      }
    },
    [verify],
  );

  return {
    status: status.data?.stepUpStatus ?? null,
    timeZone: status.data?.me.company?.timeZone ?? 'UTC',
    statusError: status.error,
    retryStatus: () => void status.refetch().catch(() => undefined),
    sendCode,
    sending: requested.loading,
    sent: requested.data?.requestStepUpCode ?? null,
    sendError: requested.error,
    verifyCode,
    verifying: verified.loading,
    verifyError: verified.error,
  };
}

/** Seconds until another code may be requested, when the API said so with RATE_LIMITED. */
export function retryAfterSecondsOf(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const { extensions } of error.errors) {
    if (extensions?.code === ErrorCode.RATE_LIMITED) {
      return typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : 0;
    }
  }
  return null;
}
