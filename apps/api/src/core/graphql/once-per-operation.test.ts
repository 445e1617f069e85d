import { buildSchema, parse, validate } from 'graphql';
import { OncePerOperation, oncePerOperationRule } from './once-per-operation';

class Example {
  @OncePerOperation()
  checkOnce() {}
}
void Example;

const schema = buildSchema('type Query { a: Int } type Mutation { checkOnce(code: String): Boolean other: Boolean }');
const errorsOf = (source: string) => validate(schema, parse(source), [oncePerOperationRule]).map((error) => error.message);

describe('oncePerOperationRule', () => {
  it('allows the field once, beside other fields', () => {
    expect(errorsOf('mutation { checkOnce(code: "1") other }')).toEqual([]);
  });

  it('refuses it twice, whether aliased, in a fragment or in an inline fragment', () => {
    expect(errorsOf('mutation { a: checkOnce(code: "1") b: checkOnce(code: "2") }')).toEqual([
      'checkOnce may appear only once in an operation; it appears 2 times.',
    ]);
    expect(errorsOf('mutation { checkOnce ...F } fragment F on Mutation { checkOnce }')).toHaveLength(1);
    expect(errorsOf('mutation { checkOnce ... on Mutation { again: checkOnce } }')).toHaveLength(1);
  });
});
