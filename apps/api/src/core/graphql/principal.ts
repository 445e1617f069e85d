import type { AdminRole, Permission } from '@warden/shared';
import type { PrincipalKind } from './enums';

/** Who is calling, resolved once per request from the session cookie or the Bearer token. */
export interface Principal {
  readonly kind: PrincipalKind;
  /** The caller's company; every query and mutation is scoped to it, never to a company in the input. */
  readonly companyId: string | null;
  readonly employeeId: string | null;
  readonly supportAccountId: string | null;
  readonly apiTokenId: string | null;
  readonly sessionId: string | null;
  readonly displayName: string;
  readonly roles: readonly AdminRole[];
  readonly permissions: ReadonlySet<Permission>;
  /**
   * Support staff only: the company named in the request's `X-Warden-Company` header and whether it
   * currently agrees to support access (R31). Checked on every request, so a withdrawal takes
   * effect on the next request of an existing session.
   */
  readonly actingFor?: SupportActingFor | null;
}

export interface SupportActingFor {
  readonly companyId: string;
  /** The company exists and agrees right now. */
  readonly allowed: boolean;
  /** False when no such company exists (nothing is logged for it). */
  readonly known: boolean;
}
