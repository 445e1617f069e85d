import { buildSchema, parse, validate } from 'graphql';
import { getIntrospectionQuery } from 'graphql';
import { operationLimitsRule } from './limits';

const schema = buildSchema(`
  type Node { id: ID! child: Node children(first: Int): [Node!]! }
  type Query { node: Node nodes(first: Int): [Node!]! }
`);
const check = (query: string) => validate(schema, parse(query), [operationLimitsRule]).map((error) => error.message);

describe('operationLimitsRule', () => {
  it('allows a query at the depth limit and refuses one level more', () => {
    const nested = (depth: number) => `{ node { ${'child { '.repeat(depth - 2)} id ${'} '.repeat(depth - 2)} } }`;
    expect(check(nested(12))).toEqual([]);
    expect(check(nested(13))).toEqual(['The query is 13 levels deep; at most 12 are allowed.']);
  });

  it('counts depth through fragments', () => {
    const query = `{ node { ...A } } fragment A on Node { child { child { child { child { child { child { child { child { child { child { child { id } } } } } } } } } } } }`;
    expect(check(query)).toEqual(['The query is 13 levels deep; at most 12 are allowed.']);
  });

  it('multiplies cost by the page sizes of enclosing lists', () => {
    expect(check('{ nodes(first: 100) { children(first: 100) { id } } }')).toEqual([]);
    expect(check('{ nodes(first: 100) { children(first: 100) { children(first: 10) { id } } } }')).toEqual([
      'The query would cost 110101; at most 50000 is allowed. Ask for fewer items.',
    ]);
  });

  it('lets the standard introspection query through', () => {
    expect(check(getIntrospectionQuery())).toEqual([]);
  });
});
