import 'reflect-metadata';
import { buildWardenSchema } from './build-schema';

describe('every GraphQL operation is guarded', () => {
  it('builds the schema, which fails when an operation lacks @Authorized() or @Public()', async () => {
    const schema = await buildWardenSchema();
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['me', 'company', 'securityMenu']));
  });
});
