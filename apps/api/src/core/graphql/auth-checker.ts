import { type AuthChecker, getMetadataStorage } from 'type-graphql';
import type { Permission } from '@warden/shared';
import { PrincipalKind } from './enums';
import type { RequestContext } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';
import { isPublicOperation } from './public';

/**
 * `@Authorized(...permissions)` on operations and fields: a caller is needed, and it must hold every
 * listed permission. Errors carry codes instead of type-graphql's generic "Access denied".
 */
export const authChecker: AuthChecker<RequestContext, Permission> = ({ context }, permissions) => {
  const principal = context.principal;
  if (!principal) throw new UnauthenticatedError();
  if (permissions.length === 0) return true;
  // Support staff read company data only with the company's agreement (R31), which a later
  // feature grants; until then they hold no company permission at all.
  if (principal.kind === PrincipalKind.SUPPORT && !principal.companyId) {
    throw new ForbiddenError('Support staff may read a company’s data only while the company allows support access.');
  }
  const missing = permissions.filter((permission) => !principal.permissions.has(permission));
  if (missing.length > 0) throw new ForbiddenError(`This needs the permission ${missing.join(', ')}.`, { missing });
  return true;
};

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
