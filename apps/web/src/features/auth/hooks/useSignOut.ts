import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { SignOutMutation } from '../graphql/sign-out.mutation';

/** Ends the session, forgets everything cached for it and returns to the sign-in page. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);

  const run = useCallback(async () => {
    try {
      await signOut();
    } catch {
      // Even if the server could not be told, this browser leaves the session: the cookie is
      // httpOnly, so the worst case is a session that expires on its own.
    }
    // Leave the admin pages first so their queries unmount before the cache is cleared.
    await navigate('/sign-in', { replace: true });
    await client.clearStore();
  }, [client, navigate, signOut]);

  return { signOut: run, loading };
}
