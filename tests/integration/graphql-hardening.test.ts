import { graphql, errorCode, signIn } from '../support/graphql-client';
import { type TestServer, startTestServer } from '../support/test-server';

describe('GraphQL endpoint hardening', () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer();
    cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
  });
  afterAll(() => server.close());

  it('asks anonymous callers to sign in before anything else', async () => {
    const response = await graphql(server.url, '{ me { kind } }');
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { kind } }')}`, {
      headers: { cookie },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify([{ query: '{ me { kind } }' }, { query: '{ me { kind } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('hides field suggestions and introspection from anonymous callers only', async () => {
    const anonymous = await graphql(server.url, '{ compnay { id } }');
    expect(anonymous.errors![0].message).not.toMatch(/Did you mean/);
    const signedIn = await graphql(server.url, '{ compnay { id } }', {}, { cookie });
    expect(signedIn.errors![0].message).toMatch(/Did you mean "company"/);

    const introspection = '{ __schema { queryType { name } } }';
    expect(errorCode(await graphql(server.url, introspection))).toBe('UNAUTHENTICATED');
    expect((await graphql(server.url, introspection, {}, { cookie })).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('refuses queries nested deeper than the limit, with room for GraphiQL’s introspection', async () => {
    // `ofType` nests without end: depth = 4 levels of __schema/types/fields/type + the ofType chain.
    const nest = (ofTypes: number) =>
      `{ __schema { types { fields { type { ${'ofType { '.repeat(ofTypes)} name ${'} '.repeat(ofTypes)} } } } } }`;
    const tooDeep = await graphql(server.url, nest(17), {}, { cookie });
    expect(errorCode(tooDeep)).toBe('QUERY_TOO_COMPLEX');
    expect(tooDeep.errors![0].message).toMatch(/at most 20/);
    expect((await graphql(server.url, nest(15), {}, { cookie })).errors).toBeUndefined();
  });

  it('refuses more aliases than the limit, so guesses cannot be multiplied', async () => {
    const aliases = Array.from({ length: 21 }, (_, index) => `a${index}: me { kind }`).join(' ');
    const response = await graphql(server.url, `{ ${aliases} }`, {}, { cookie });
    expect(errorCode(response)).toBe('QUERY_TOO_COMPLEX');
    const fine = Array.from({ length: 20 }, (_, index) => `a${index}: me { kind }`).join(' ');
    expect((await graphql(server.url, `{ ${fine} }`, {}, { cookie })).errors).toBeUndefined();
  });

  it('masks unexpected errors and gives an id to quote', async () => {
    const original = server.warden.services.companies.get.bind(server.warden.services.companies);
    server.warden.services.companies.get = async () => {
      throw new Error('connection to 10.1.2.3 lost: secret detail');
    };
    try {
      const response = await graphql(server.url, '{ company { id } }', {}, { cookie });
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
      expect(response.errors![0].message).not.toContain('secret detail');
      expect(response.errors![0].extensions!.errorId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      server.warden.services.companies.get = original;
    }
  });

  it('answers health checks and sends security headers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
