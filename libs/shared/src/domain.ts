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

/**
 * What an export can contain (R40, R43). Each item belongs to one service (`DATA_EXPORT_ITEM_SERVICE`);
 * the order here is the order the catalog and the archive list them in.
 */
export const DataExportItem = {
  APPROVAL_DOCUMENTS: 'APPROVAL_DOCUMENTS',
  APPROVAL_DOCUMENT_LIST: 'APPROVAL_DOCUMENT_LIST',
  ACCOUNTING_SLIPS: 'ACCOUNTING_SLIPS',
  ACCOUNTING_VENDORS: 'ACCOUNTING_VENDORS',
  PLEDGE_DOCUMENTS: 'PLEDGE_DOCUMENTS',
  PLEDGE_LIST: 'PLEDGE_LIST',
  HR_EMPLOYEE_LIST: 'HR_EMPLOYEE_LIST',
  HR_PROFILE_PHOTOS: 'HR_PROFILE_PHOTOS',
  BOARD_NOTICES: 'BOARD_NOTICES',
} as const;
export type DataExportItem = (typeof DataExportItem)[keyof typeof DataExportItem];
export const DATA_EXPORT_ITEMS: readonly DataExportItem[] = Object.values(DataExportItem);

/** The service each export item belongs to: only subscribed services can be exported (R40). */
export const DATA_EXPORT_ITEM_SERVICE: Readonly<Record<DataExportItem, Service>> = {
  APPROVAL_DOCUMENTS: 'APPROVAL',
  APPROVAL_DOCUMENT_LIST: 'APPROVAL',
  ACCOUNTING_SLIPS: 'ACCOUNTING',
  ACCOUNTING_VENDORS: 'ACCOUNTING',
  PLEDGE_DOCUMENTS: 'PLEDGE',
  PLEDGE_LIST: 'PLEDGE',
  HR_EMPLOYEE_LIST: 'HR',
  HR_PROFILE_PHOTOS: 'HR',
  BOARD_NOTICES: 'BOARD',
};

/** Items whose source can add attachments beside the exported documents (the "Include" switch). */
export const DATA_EXPORT_ITEMS_WITH_ATTACHMENTS: readonly DataExportItem[] = [
  'APPROVAL_DOCUMENTS',
  'ACCOUNTING_SLIPS',
  'ACCOUNTING_VENDORS',
  'PLEDGE_DOCUMENTS',
  'BOARD_NOTICES',
];

/** R45: PENDING → REQUEST_COMPLETED → EXPIRED, or CANCELED; FAILED carries a reason. */
export const DataExportStatus = {
  PENDING: 'PENDING',
  REQUEST_COMPLETED: 'REQUEST_COMPLETED',
  EXPIRED: 'EXPIRED',
  CANCELED: 'CANCELED',
  FAILED: 'FAILED',
} as const;
export type DataExportStatus = (typeof DataExportStatus)[keyof typeof DataExportStatus];
export const DATA_EXPORT_STATUSES: readonly DataExportStatus[] = Object.values(DataExportStatus);

/**
 * Why an export failed (R45). The build stores the code and its parameters, never a sentence, so the
 * reason is shown in the company language (R63) of the day it is read; `dataExport.failure.<code>`.
 */
export const DataExportFailureCode = {
  /** A stored file a record lists is not in the file storage: { item, document, file }. */
  MISSING_FILE: 'MISSING_FILE',
  /** A stored file no longer has the size its record says: { file } (its path in the archive). */
  FILE_CHANGED: 'FILE_CHANGED',
  /** One file does not fit a zip part of the chosen split size: { file, bytes, splitSize }. */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  /** The build ran past the maximum build time: { minutes }. */
  TIMED_OUT: 'TIMED_OUT',
  /** An item chosen at the request has no export source any more: { item }. */
  ITEM_UNAVAILABLE: 'ITEM_UNAVAILABLE',
  /** Anything else; the details are in the server log under { errorId }. */
  INTERNAL: 'INTERNAL',
} as const;
export type DataExportFailureCode = (typeof DataExportFailureCode)[keyof typeof DataExportFailureCode];

/** Split sizes offered (R44), decimal units; every part also stays below 4 GB for tools without zip64. */
export const DataExportSplitSize = {
  MB_500: 'MB_500',
  GB_1: 'GB_1',
  GB_2: 'GB_2',
  GB_4: 'GB_4',
} as const;
export type DataExportSplitSize = (typeof DataExportSplitSize)[keyof typeof DataExportSplitSize];
export const DATA_EXPORT_SPLIT_SIZES: readonly DataExportSplitSize[] = Object.values(DataExportSplitSize);

/** Bytes of each split size (decimal). 4 GB is 4,000,000,000 — below the 4 GiB zip32 limit. */
export const DATA_EXPORT_SPLIT_SIZE_BYTES: Readonly<Record<DataExportSplitSize, number>> = {
  MB_500: 500_000_000,
  GB_1: 1_000_000_000,
  GB_2: 2_000_000_000,
  GB_4: 4_000_000_000,
};
