import { type AuthChecker, getMetadataStorage } from 'type-graphql';
import type { Permission } from '@warden/shared';
import { PrincipalKind } from './enums';
import type { RequestContext } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';
import { isPublicOperation } from './public';
import type { Principal } from './principal';

/**
 * `@Authorized(...permissions)` on operations and fields: a caller is needed, and it must hold every
 * listed permission. Errors carry codes instead of type-graphql's generic "Access denied".
 */
export const authChecker: AuthChecker<RequestContext, Permission> = ({ context, info }, permissions) => {
  const principal = context.principal;
  if (!principal) throw new UnauthenticatedError();
  if (principal.kind === PrincipalKind.SUPPORT) assertSupportMayRun(principal, info.parentType.name, info.fieldName);
  if (permissions.length === 0) return true;
  // Support staff read company data only for a company that agrees (R31); without one they hold no
  // company permission at all.
  if (principal.kind === PrincipalKind.SUPPORT && !principal.companyId) {
    throw new ForbiddenError('Support staff may read a company’s data only while the company allows support access.');
  }
  const missing = permissions.filter((permission) => !principal.permissions.has(permission));
  if (missing.length > 0) throw new ForbiddenError(`This needs the permission ${missing.join(', ')}.`, { missing });
  return true;
};

/** The only mutations support staff may send: ending their own session (signIn is public). */
const SUPPORT_MUTATIONS = new Set(['signOut']);

/**
 * R31, enforced here for every operation rather than per resolver: support staff never change
 * anything (every mutation but signOut is FORBIDDEN, whatever permissions a resolver asks for),
 * and when they name a company that does not agree, every operation is FORBIDDEN.
 */
function assertSupportMayRun(principal: Principal, parentType: string, fieldName: string): void {
  if (parentType === 'Mutation' && SUPPORT_MUTATIONS.has(fieldName)) return;
  if (parentType === 'Mutation') {
    throw new ForbiddenError('Support staff can read a company’s data but never change it.', { reason: 'SUPPORT_READ_ONLY' });
  }
  if (principal.actingFor && !principal.actingFor.allowed) {
    throw new ForbiddenError('This company does not allow support access.', { reason: 'SUPPORT_ACCESS_NOT_AGREED' });
  }
}

/** Fails when a query or mutation has neither `@Authorized()` nor `@Public()`. */
export function assertEveryOperationGuarded(): void {
  const storage = getMetadataStorage();
  const guarded = new Set(storage.authorizedFields.map((field) => `${field.target.name}.${field.fieldName}`));
  const unguarded = [...storage.queries, ...storage.mutations]
    .map((operation) => ({ className: operation.target.name, methodName: operation.methodName }))
    .filter(
      ({ className, methodName }) =>
        !guarded.has(`${className}.${methodName}`) && !isPublicOperation(className, methodName),
    )
    .map(({ className, methodName }) => `${className}.${methodName}`);
  if (unguarded.length > 0) {
    throw new Error(`GraphQL operations without @Authorized() or @Public(): ${unguarded.join(', ')}`);
  }
}
