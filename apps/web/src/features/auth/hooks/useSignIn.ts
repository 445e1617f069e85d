import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { SignInMutation } from '../graphql/sign-in.mutation';

/** Signs in; resolves to true on success. The error (if any) is returned for display. */
export function useSignIn() {
  const client = useApolloClient();
  const [signIn, { loading, error, reset }] = useMutation(SignInMutation);

  const submit = useCallback(
    async (loginId: string, password: string): Promise<boolean> => {
      try {
        await signIn({ variables: { input: { loginId, password } } });
      } catch {
        // The mutation result's `error` carries it to the form.
        return false;
      }
      // Nothing cached under a previous session may leak into this one.
      await client.clearStore();
      return true;
    },
    [client, signIn],
  );

  return { submit, loading, error, reset };
}
