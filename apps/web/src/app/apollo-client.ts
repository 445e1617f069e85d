import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** One client for the SPA: same-origin cookie session, JSON POSTs only. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      // The session is an httpOnly cookie set by `signIn`; the SPA is served by the API itself.
      credentials: 'same-origin',
      // The server runs Apollo's CSRF prevention: this header marks the request as not a
      // simple cross-site form post, even if a future option switched queries to GET.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({
      typePolicies: {
        // `Me` has no id: it is the one signed-in principal, kept whole under Query.me.
        Me: { keyFields: false, merge: true },
        SecurityMenuPayload: { keyFields: false },
        SecurityMenuEntry: { keyFields: false },
      },
    }),
  });
}
