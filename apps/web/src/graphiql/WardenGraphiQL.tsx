import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';

// Same origin as the API, so the admin's session cookie goes along; the header satisfies the
// server's CSRF prevention. API tokens can be added in GraphiQL's headers tab.
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers: { 'apollo-require-preflight': 'true' },
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const DEFAULT_QUERY = `# Welcome to Warden's GraphQL API.
# Signed in to the console? Your session is used here too.
# Integrations send "Authorization: Bearer <token>" in the Headers tab.

query WhoAmI {
  me {
    kind
    roles
    permissions
    company {
      id
      name
      language
      timeZone
    }
  }
}
`;

/** GraphiQL against this Warden server. */
export function WardenGraphiQL() {
  return <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />;
}
