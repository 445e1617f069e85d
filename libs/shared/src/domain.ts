/** Languages every label and exported header exists in (R63). */
export const Language = { ko: 'ko', en: 'en', ja: 'ja' } as const;
export type Language = (typeof Language)[keyof typeof Language];
export const LANGUAGES: readonly Language[] = ['ko', 'en', 'ja'];

/** Groupware services a company can subscribe to; Security is Warden itself. */
export const Service = {
  SECURITY: 'SECURITY',
  APPROVAL: 'APPROVAL',
  ACCOUNTING: 'ACCOUNTING',
  PLEDGE: 'PLEDGE',
  HR: 'HR',
  BOARD: 'BOARD',
} as const;
export type Service = (typeof Service)[keyof typeof Service];
export const SERVICES: readonly Service[] = Object.values(Service);

export const AdminRole = {
  SUPER_ADMIN: 'SUPER_ADMIN',
  SECURITY_ADMIN: 'SECURITY_ADMIN',
} as const;
export type AdminRole = (typeof AdminRole)[keyof typeof AdminRole];

/** The menus under "Security" in the admin console, in the order the guide lists them. */
export const SecurityMenu = {
  LOGIN_STATUS: 'LOGIN_STATUS',
  TWO_FACTOR_AUTHENTICATION: 'TWO_FACTOR_AUTHENTICATION',
  SUPPORT_ACCESS: 'SUPPORT_ACCESS',
  EXPORT_DATA: 'EXPORT_DATA',
  APPROVAL_DOCUMENT_DELETION_STATUS: 'APPROVAL_DOCUMENT_DELETION_STATUS',
  PLEDGE_DELETION_STATUS: 'PLEDGE_DELETION_STATUS',
} as const;
export type SecurityMenu = (typeof SecurityMenu)[keyof typeof SecurityMenu];
export const SECURITY_MENUS: readonly SecurityMenu[] = Object.values(SecurityMenu);

/** URL path segment of each Security menu in the SPA (`/security/<path>`). */
export const SECURITY_MENU_PATHS: Readonly<Record<SecurityMenu, string>> = {
  LOGIN_STATUS: 'login-status',
  TWO_FACTOR_AUTHENTICATION: 'two-factor-authentication',
  SUPPORT_ACCESS: 'support-access',
  EXPORT_DATA: 'export-data',
  APPROVAL_DOCUMENT_DELETION_STATUS: 'approval-document-deletion-status',
  PLEDGE_DELETION_STATUS: 'pledge-deletion-status',
};

/** Why a company sees no Security menus at all. */
export const SecurityMenuUnavailableReason = {
  /** R0: the security features exist only after the company obtained "WORKS Approval". */
  SECURITY_FEATURES_NOT_ENABLED: 'SECURITY_FEATURES_NOT_ENABLED',
  /** The caller holds no admin role that may see any Security menu. */
  NO_SECURITY_PERMISSION: 'NO_SECURITY_PERMISSION',
} as const;
export type SecurityMenuUnavailableReason =
  (typeof SecurityMenuUnavailableReason)[keyof typeof SecurityMenuUnavailableReason];

export const LoginResult = { SUCCESS: 'SUCCESS', FAILURE: 'FAILURE' } as const;
export type LoginResult = (typeof LoginResult)[keyof typeof LoginResult];

export const LoginFailureReason = {
  WRONG_PASSWORD: 'WRONG_PASSWORD',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  SECOND_FACTOR_FAILED: 'SECOND_FACTOR_FAILED',
  UNKNOWN_ACCOUNT: 'UNKNOWN_ACCOUNT',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  OTHER: 'OTHER',
} as const;
export type LoginFailureReason = (typeof LoginFailureReason)[keyof typeof LoginFailureReason];

export const LoginEnvironment = {
  PC_WEB: 'PC_WEB',
  PC_APP: 'PC_APP',
  MOBILE_WEB: 'MOBILE_WEB',
  IOS_APP: 'IOS_APP',
  ANDROID_APP: 'ANDROID_APP',
  API: 'API',
  OTHER: 'OTHER',
} as const;
export type LoginEnvironment = (typeof LoginEnvironment)[keyof typeof LoginEnvironment];
