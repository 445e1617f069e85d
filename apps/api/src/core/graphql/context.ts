import type { Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config';
import type { Services } from '../services';
import { UnauthenticatedError } from './errors';
import type { Principal } from './principal';

/** What every resolver gets: the caller, the request it came on, and the services. */
export interface RequestContext {
  readonly req: Request;
  readonly res: Response;
  readonly principal: Principal | null;
  readonly services: Services;
  readonly config: AppConfig;
  /** Client address and agent, for login records and the audit log. */
  readonly client: { ip: string; userAgent: string | null };
}

/** The caller's company id; throws when the caller has none (support staff outside a company). */
export function companyIdOf(context: RequestContext): string {
  const companyId = context.principal?.companyId;
  if (!companyId) throw new UnauthenticatedError();
  return companyId;
}
