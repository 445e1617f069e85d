import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { buildWardenSchema } from '@warden/api/src/core/graphql/build-schema';
import { STEP_UP_EXTENSION } from '@warden/api/src/features/step-up/requires-step-up';
import { errorCode, graphql } from '../support/graphql-client';
import { newAdmin, protect } from '../support/step-up';
import { type TestServer, startTestServer } from '../support/test-server';

/** A value GraphQL accepts for a required input: the resolver never runs, the step-up check comes first. */
function sampleValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (isScalarType(inner)) {
    if (inner.name === 'Int' || inner.name === 'Float') return 1;
    if (inner.name === 'Boolean') return false;
    if (inner.name === 'DateTimeISO') return new Date().toISOString();
    return 'x';
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** `mutation ($a: T!) { field(a: $a) { __typename } }` for any field, with its required arguments. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const variables = Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)]));
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${kind}${declarations ? ` (${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

function protectedFields(schema: GraphQLSchema) {
  return (['query', 'mutation'] as const).flatMap((kind) => {
    const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(type?.getFields() ?? {})
      .filter((field) => field.extensions?.[STEP_UP_EXTENSION])
      .map((field) => ({ kind, field, requirement: field.extensions[STEP_UP_EXTENSION] as { service: string } }));
  });
}

describe('every step-up protected operation refuses without a step-up (R24), found by walking the schema', () => {
  let server: TestServer;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    server = await startTestServer();
    schema = await buildWardenSchema();
    // Every service an operation may name: the deletion-status operations step up for Approval and Pledge.
    await protect(server, server.fixtures.company.id, ['SECURITY', 'APPROVAL', 'PLEDGE']);
  });
  afterAll(() => server.close());

  it('marks the Security operations and leaves the shell, the flow itself and ingest open', () => {
    const names = protectedFields(schema).map(({ field }) => field.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'loginRecords',
        'loginRuleSettings',
        'scheduledJobs',
        'stepUpSettings',
        'requestLoginRecordsDownload',
        'reviewLoginRecord',
        'updateLoginRuleSettings',
        'updateStepUpSettings',
      ]),
    );
    for (const open of ['me', 'company', 'securityMenu', 'stepUpStatus', 'signIn', 'signOut', 'requestStepUpCode', 'verifyStepUpCode', 'recordLoginEvents']) {
      expect(names).not.toContain(open);
    }
  });

  it('answers STEP_UP_REQUIRED, naming the service, for each of them', async () => {
    const admin = await newAdmin(server);
    const fields = protectedFields(schema);
    expect(fields.length).toBeGreaterThanOrEqual(8);
    for (const { kind, field, requirement } of fields) {
      const { query, variables } = operationFor(kind, field);
      const response = await graphql(server.url, query, variables, admin);
      expect({ field: field.name, code: errorCode(response), service: response.errors?.[0]?.extensions?.service }).toEqual({
        field: field.name,
        code: 'STEP_UP_REQUIRED',
        service: requirement.service,
      });
    }
  });

  it('lets the same operations through for a company that protects nothing (no step-up error)', async () => {
    const admin = await newAdmin(server, { companyId: server.fixtures.otherCompany.id });
    for (const { kind, field } of protectedFields(schema)) {
      const { query, variables } = operationFor(kind, field);
      expect({ field: field.name, code: errorCode(await graphql(server.url, query, variables, admin)) }).not.toEqual({
        field: field.name,
        code: 'STEP_UP_REQUIRED',
      });
    }
  });
});
