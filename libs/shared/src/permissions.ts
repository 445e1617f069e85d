import { AdminRole } from './domain';

/**
 * What a caller may do. Admin roles grant a fixed set; API tokens carry an explicit subset chosen
 * when the token is issued, so an integration gets only what it needs.
 */
export const Permission = {
  COMPANY_READ: 'COMPANY_READ',
  LOGIN_RECORDS_READ: 'LOGIN_RECORDS_READ',
  LOGIN_RECORDS_REVIEW: 'LOGIN_RECORDS_REVIEW',
  LOGIN_EVENTS_WRITE: 'LOGIN_EVENTS_WRITE',
  /** The approval and pledge services register and delete their documents and upload attachments. */
  SERVICE_DATA_WRITE: 'SERVICE_DATA_WRITE',
  SECURITY_SETTINGS_MANAGE: 'SECURITY_SETTINGS_MANAGE',
  SUPPORT_ACCESS_MANAGE: 'SUPPORT_ACCESS_MANAGE',
  DATA_EXPORTS_MANAGE: 'DATA_EXPORTS_MANAGE',
  DELETED_DOCUMENTS_MANAGE: 'DELETED_DOCUMENTS_MANAGE',
  AUDIT_LOG_READ: 'AUDIT_LOG_READ',
  JOBS_READ: 'JOBS_READ',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];
export const PERMISSIONS: readonly Permission[] = Object.values(Permission);

const ALL_ADMIN_PERMISSIONS: readonly Permission[] = PERMISSIONS.filter(
  // Pushing login events (the identity system) and documents (the approval and pledge services) is
  // done by integrations with a token, never by a person.
  (permission) => permission !== Permission.LOGIN_EVENTS_WRITE && permission !== Permission.SERVICE_DATA_WRITE,
);

export const ROLE_PERMISSIONS: Readonly<Record<AdminRole, readonly Permission[]>> = {
  SUPER_ADMIN: ALL_ADMIN_PERMISSIONS,
  SECURITY_ADMIN: ALL_ADMIN_PERMISSIONS,
};

/** The union of the permissions granted by the given roles. */
export function permissionsForRoles(roles: Iterable<AdminRole>): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of roles) for (const permission of ROLE_PERMISSIONS[role]) granted.add(permission);
  return granted;
}
