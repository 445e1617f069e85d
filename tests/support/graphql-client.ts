export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }>;
}

export interface Credentials {
  cookie?: string;
  token?: string;
  headers?: Record<string, string>;
}

/** POSTs one GraphQL operation over real HTTP, as a browser or an integration would. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  credentials: Credentials = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
      ...(credentials.token ? { authorization: `Bearer ${credentials.token}` } : {}),
      ...credentials.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
}

/** Signs in through the API and returns the session cookie to send with later requests. */
export async function signIn(url: string, loginId: string, password: string): Promise<string> {
  const response = await graphql(
    url,
    'mutation SignIn($input: SignInInput!) { signIn(input: $input) { me { kind } } }',
    { input: { loginId, password } },
  );
  if (response.errors) throw new Error(`sign-in failed: ${JSON.stringify(response.errors)}`);
  const setCookie = response.headers.get('set-cookie');
  if (!setCookie) throw new Error('sign-in set no cookie');
  return setCookie.split(';')[0];
}

export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
