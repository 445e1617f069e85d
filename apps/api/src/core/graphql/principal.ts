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
}
