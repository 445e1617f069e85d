import { Extensions, type MiddlewareFn, UseMiddleware, getMetadataStorage } from 'type-graphql';
import type { Service } from '@warden/shared';
import type { RequestContext } from '../../core/graphql/context';
import { isPublicOperation } from '../../core/graphql/public';

export interface StepUpRequirement {
  service: Service;
  /**
   * `SERVICE_PROTECTED` (default): needed when the company protects `service`.
   * `ANY_SERVICE_PROTECTED`: needed as soon as the company protects any service (the step-up
   * settings themselves, so protection cannot be switched off without a step-up).
   */
  when: 'SERVICE_PROTECTED' | 'ANY_SERVICE_PROTECTED';
}

/** The key under which a protected field carries its requirement in the built schema (`field.extensions`). */
export const STEP_UP_EXTENSION = 'stepUp';

const requirements = new Map<string, StepUpRequirement>();
const exemptions = new Map<string, string>();
const keyOf = (target: object, propertyKey: string | symbol) =>
  `${(target as { constructor: { name: string } }).constructor.name}.${String(propertyKey)}`;

const stepUpMiddleware =
  (requirement: StepUpRequirement): MiddlewareFn<RequestContext> =>
  async ({ context }, next) => {
    // Runs after @Authorized (type-graphql puts the auth check first), so a caller exists here.
    await context.services.stepUp.assertStepUp(context.principal!, requirement);
    return next();
  };

/**
 * R24: the operation belongs to `service`'s management menus. When the company protects that
 * service, an admin session needs a valid step-up or gets STEP_UP_REQUIRED (with the service in
 * `extensions`). API tokens are integrations, not admins with sessions: their permissions govern them.
 */
export function RequiresStepUp(service: Service, options: { when?: StepUpRequirement['when'] } = {}): MethodDecorator {
  const requirement: StepUpRequirement = { service, when: options.when ?? 'SERVICE_PROTECTED' };
  return (target, propertyKey, descriptor) => {
    requirements.set(keyOf(target, propertyKey), requirement);
    UseMiddleware(stepUpMiddleware(requirement))(target, propertyKey, descriptor);
    Extensions({ [STEP_UP_EXTENSION]: { ...requirement } })(target, propertyKey, descriptor);
  };
}

/** The operation is deliberately open without a step-up (the flow itself, the shell of the console, ingest). */
export function StepUpExempt(reason: string): MethodDecorator {
  return (target, propertyKey) => {
    exemptions.set(keyOf(target, propertyKey), reason);
  };
}

export interface StepUpCoverage {
  /** `Class.method` → requirement, for every protected query and mutation. */
  protected: Record<string, StepUpRequirement>;
  exempt: Record<string, string>;
}

/**
 * Like assertEveryOperationGuarded: every guarded query and mutation must say whether it needs a
 * step-up (`@RequiresStepUp`) or not (`@StepUpExempt`), so a new menu cannot forget. Returns who is
 * protected for which service.
 */
export function assertEveryOperationDecidesStepUp(): StepUpCoverage {
  const storage = getMetadataStorage();
  const undecided: string[] = [];
  const coverage: StepUpCoverage = { protected: {}, exempt: {} };
  for (const operation of [...storage.queries, ...storage.mutations]) {
    const key = `${operation.target.name}.${operation.methodName}`;
    const requirement = requirements.get(key);
    const exemption = exemptions.get(key);
    if (requirement) coverage.protected[key] = requirement;
    else if (exemption) coverage.exempt[key] = exemption;
    else if (!isPublicOperation(operation.target.name, operation.methodName)) undecided.push(key);
  }
  if (undecided.length > 0) {
    throw new Error(`GraphQL operations with neither @RequiresStepUp() nor @StepUpExempt(): ${undecided.join(', ')}`);
  }
  return coverage;
}
