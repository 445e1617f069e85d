import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { assertEveryOperationGuarded, authChecker } from './auth-checker';
import { RESOLVERS } from './resolvers';
import { assertEveryOperationDecidesStepUp } from '../../features/step-up/requires-step-up';

/** The committed SDL, emitted from the resolvers (`pnpm codegen`) and checked in CI (`pnpm schema:check`). */
export const SCHEMA_FILE = path.resolve(__dirname, '../../../../../schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (type-graphql keeps global metadata; building twice is wasted work). */
export function buildWardenSchema(): Promise<GraphQLSchema> {
  built ??= (async () => {
    assertEveryOperationGuarded();
    assertEveryOperationDecidesStepUp();
    return buildSchema({
      resolvers: RESOLVERS,
      authChecker,
      // class-validator rules on inputs; unknown values are allowed because inputs are typed by GraphQL.
      validate: { forbidUnknownValues: false },
    });
  })();
  return built;
}
