import { registerEnumType } from 'type-graphql';
import {
  AdminRole,
  Language,
  LoginEnvironment,
  LoginFailureReason,
  LoginResult,
  Permission,
  SecurityMenu,
  SecurityMenuUnavailableReason,
  Service,
} from '@warden/shared';

/** Who is calling: an admin in the SPA, an integration with an API token, or vendor support staff. */
export const PrincipalKind = { ADMIN: 'ADMIN', API_TOKEN: 'API_TOKEN', SUPPORT: 'SUPPORT' } as const;
export type PrincipalKind = (typeof PrincipalKind)[keyof typeof PrincipalKind];

// The shared enums are plain objects so the SPA can use them too; register them once here.
registerEnumType(Language, { name: 'Language', description: 'Language of labels, exports and e-mails' });
registerEnumType(Service, { name: 'Service', description: 'A groupware service a company can subscribe to' });
registerEnumType(AdminRole, { name: 'AdminRole' });
registerEnumType(Permission, { name: 'Permission' });
registerEnumType(SecurityMenu, { name: 'SecurityMenu', description: 'A menu under Security in the admin console' });
registerEnumType(SecurityMenuUnavailableReason, { name: 'SecurityMenuUnavailableReason' });
registerEnumType(PrincipalKind, { name: 'PrincipalKind' });
registerEnumType(LoginResult, { name: 'LoginResult' });
registerEnumType(LoginFailureReason, { name: 'LoginFailureReason' });
registerEnumType(LoginEnvironment, { name: 'LoginEnvironment' });
