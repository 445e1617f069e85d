import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy, type Reference } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@warden/shared';

export interface ApolloClientOptions {
  /** Any operation answered UNAUTHENTICATED: the session ended (expired, revoked, signed out elsewhere). */
  onSessionEnded(): void;
  /** Any operation answered STEP_UP_REQUIRED: a protected menu needs additional authentication (R21, R24). */
  onStepUpRequired(): void;
}

/** One client for the SPA: same-origin cookie session, JSON POSTs only. */
export function createApolloClient({ onSessionEnded, onStepUpRequired }: ApolloClientOptions): ApolloClient {
  const sessionEnded = new ErrorLink(({ error }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.includes(ErrorCode.UNAUTHENTICATED)) onSessionEnded();
    // Handled here, once, for every page: no page has to know which of its fields are protected.
    else if (codes.includes(ErrorCode.STEP_UP_REQUIRED)) onStepUpRequired();
  });
  const http = new HttpLink({
    uri: '/graphql',
    // The session is an httpOnly cookie set by `signIn`; the SPA is served by the API itself.
    credentials: 'same-origin',
    // The server runs Apollo's CSRF prevention: this header marks the request as not a simple
    // cross-site form post, even if a future option switched queries to GET.
    headers: { 'apollo-require-preflight': 'true' },
  });

  return new ApolloClient({
    link: ApolloLink.from([sessionEnded, http]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            loginRecords: keysetConnection(),
            auditEvents: keysetConnection(),
            deletedApprovalDocuments: keysetConnection(),
            deletedPledges: keysetConnection(),
            supportAccessLog: keysetConnection([]),
            dataExports: keysetConnection([]),
          },
        },
        // `Me` has no id: it is the one signed-in principal, kept whole under Query.me.
        Me: { keyFields: false, merge: true },
        SecurityMenuPayload: { keyFields: false },
        SecurityMenuEntry: { keyFields: false },
        // One per company: the mutation's answer replaces what the query cached.
        StepUpSettingsView: { keyFields: [] },
        SupportAccess: { keyFields: [] },
      },
    }),
  });
}

interface StoredConnection {
  edges: Array<{ cursor: string; node: Reference }>;
  totalCount?: unknown;
  [field: string]: unknown;
}

/**
 * A Relay connection read by keyset (`first`/`after`): one cache entry per filter, later pages
 * appended to it. A page without `after` starts the list again (a new search, a refetch). Pages
 * fetched without the count keep the one the first page brought.
 */
function keysetConnection(keyArgs: string[] = ['filter']): FieldPolicy<StoredConnection> {
  return {
    keyArgs: keyArgs.length > 0 ? keyArgs : false,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return {
        ...incoming,
        edges: [...existing.edges, ...incoming.edges],
        totalCount: incoming.totalCount ?? existing.totalCount,
      };
    },
  };
}
