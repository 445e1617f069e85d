import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { type GraphQLFormattedError, Kind, visit } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode } from '@warden/shared';
import type { Logger } from '../logging/logger';
import type { RequestContext } from './context';
import { AppError } from './errors';
import { operationLimitsRule } from './limits';
import { oncePerOperationRule } from './once-per-operation';

/** Codes graphql-js and Apollo themselves produce for malformed requests; safe to pass through. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  ErrorCode.QUERY_TOO_COMPLEX,
]);

export function createApolloServer(
  schema: import('graphql').GraphQLSchema,
  logger: Logger,
  extraPlugins: ApolloServerPlugin<RequestContext>[] = [],
): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [operationLimitsRule, oncePerOperationRule],
    formatError: (formatted, error) => formatError(formatted, error, logger),
    plugins: [ApolloServerPluginLandingPageDisabled(), hideSchemaFromAnonymousCallers(), ...extraPlugins],
  });
}

/**
 * Only AppErrors and request errors keep their message; anything else is masked and logged with an
 * id the client can quote to an operator.
 */
function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = original.extensions.validationErrors.map((failure) => ({
      field: failure.property,
      problems: Object.values(failure.constraints ?? {}),
    }));
    const message = fields.map((field) => `${field.field}: ${field.problems.join('; ')}`).join(' | ');
    return {
      message: `Invalid input — ${message}`,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  const errorId = randomUUID();
  logger.error('unexpected GraphQL error', { errorId, path: formatted.path, error: original });
  return {
    message: `Something went wrong on our side. Quote error id ${errorId} when you contact support.`,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
  };
}

/**
 * An anonymous caller learns nothing about the schema: no introspection, and no "Did you mean …"
 * field suggestions in validation errors. Signed-in explorers (GraphiQL) get both.
 */
function hideSchemaFromAnonymousCallers(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.principal) return;
      return {
        async didResolveOperation({ document }) {
          let introspects = false;
          visit(document, {
            Field(node) {
              if (node.name.value === '__schema' || node.name.value === '__type') introspects = true;
            },
            [Kind.FRAGMENT_DEFINITION]: undefined,
          });
          if (introspects) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to explore the schema.');
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error as { message: string }).message = error.message.replace(/ Did you mean .*\?$/, '');
          }
        },
      };
    },
  };
}
