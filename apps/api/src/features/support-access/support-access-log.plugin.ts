import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { ErrorCode } from '@warden/shared';
import type { RequestContext } from '../../core/graphql/context';
import { PrincipalKind } from '../../core/graphql/enums';
import type { Logger } from '../../core/logging/logger';

const SECRET_KEY = /pass|secret|token|code|otp|cookie|authorization/i;
const MAX_STRING = 100;
const MAX_ITEMS = 20;
const MAX_JSON = 2_000;

/**
 * R31: every request a support account sends for a company (`X-Warden-Company`) is written to the
 * company's support access log, allowed or refused: who, when, which operation and fields, the
 * variables (shortened, secrets redacted), IP and user agent. Written before the response is sent.
 */
export function supportAccessLogPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const principal = contextValue.principal;
      if (principal?.kind !== PrincipalKind.SUPPORT || !principal.actingFor) return;
      const actingFor = principal.actingFor;
      let operation: OperationDefinitionNode | undefined;
      return {
        async didResolveOperation(requestContext) {
          operation = requestContext.operation;
        },
        async willSendResponse({ request, response }) {
          if (!actingFor.known) {
            logger.warn('support request for an unknown company', { supportAccountId: principal.supportAccountId, company: actingFor.companyId });
            return;
          }
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors ?? [] : [];
          const refusal = errors.find((error) => error.extensions?.code === ErrorCode.FORBIDDEN || error.extensions?.code === ErrorCode.UNAUTHENTICATED);
          const allowed = actingFor.allowed && !refusal;
          try {
            await contextValue.services.supportAccess.logRequest({
              companyId: actingFor.companyId,
              supportAccountId: principal.supportAccountId!,
              supportAccountName: principal.displayName,
              operationType: operation?.operation ?? null,
              operationName: operation?.name?.value ?? request.operationName ?? null,
              fields: topLevelFields(operation),
              variables: summarizeVariables(request.variables),
              allowed,
              refusalReason: allowed ? null : refusal?.message ?? 'This company does not allow support access.',
              ip: contextValue.client.ip,
              userAgent: contextValue.client.userAgent,
            });
          } catch (error) {
            // The response is computed by now; an operator must see that an access went unlogged.
            logger.error('could not write the support access log', { companyId: actingFor.companyId, error });
          }
        },
      };
    },
  };
}

function topLevelFields(operation: OperationDefinitionNode | undefined): string[] {
  if (!operation) return [];
  return operation.selectionSet.selections
    .map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : `...${selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : ''}`))
    .slice(0, MAX_ITEMS);
}

/** Variables for the log: record ids and filters stay, secrets and long texts do not. */
export function summarizeVariables(variables: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!variables || Object.keys(variables).length === 0) return null;
  const summary = shorten(variables, 0) as Record<string, unknown>;
  return JSON.stringify(summary).length > MAX_JSON ? { truncated: true, keys: Object.keys(variables).slice(0, MAX_ITEMS) } : summary;
}

function shorten(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= 3) return '[…]';
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => shorten(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .slice(0, MAX_ITEMS)
      .map(([key, item]) => [key, SECRET_KEY.test(key) ? '[redacted]' : shorten(item, depth + 1)]),
  );
}
