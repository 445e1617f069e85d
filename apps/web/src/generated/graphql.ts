/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ApprovalDocumentStatus =
  | 'CANCELED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'IN_PROGRESS';

/** Who acted: an admin, an API token, support staff, or Warden itself (jobs) */
export type AuditActorKind =
  | 'ADMIN'
  | 'API_TOKEN'
  | 'SUPPORT'
  | 'SYSTEM';

/** Every given condition must hold */
export type AuditEventFilter = {
  /** Exact actions, e.g. ["support_access.granted", "support_access.withdrawn"] */
  actions?: Array<string> | null | undefined;
  /** Part of the actor’s name, any case */
  actorName?: string | null | undefined;
  /** From this instant (inclusive) */
  from?: string | null | undefined;
  /** Until this instant (exclusive) */
  to?: string | null | undefined;
};

/** What an export can contain (R40) */
export type DataExportItem =
  | 'ACCOUNTING_SLIPS'
  | 'ACCOUNTING_VENDORS'
  | 'APPROVAL_DOCUMENTS'
  | 'APPROVAL_DOCUMENT_LIST'
  | 'BOARD_NOTICES'
  | 'HR_EMPLOYEE_LIST'
  | 'HR_PROFILE_PHOTOS'
  | 'PLEDGE_DOCUMENTS'
  | 'PLEDGE_LIST';

export type DataExportItemInput = {
  /** Add the item’s attachments (only items with attachmentsAvailable) */
  includeAttachments: boolean;
  item: DataExportItem;
};

/** Largest zip part (decimal units): 500 MB, 1, 2 or 4 GB */
export type DataExportSplitSize =
  | 'GB_1'
  | 'GB_2'
  | 'GB_4'
  | 'MB_500';

/** PENDING → REQUEST_COMPLETED → EXPIRED, or CANCELED; FAILED carries a reason (R45) */
export type DataExportStatus =
  | 'CANCELED'
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'REQUEST_COMPLETED';

/** Search window of Approval document deletion status (R51); conditions combine with AND */
export type DeletedApprovalDocumentFilter = {
  /** Part of the deleter’s name, any case */
  deletedBy?: string | null | undefined;
  /** Deleted at or after (the start of a day in the company zone) */
  deletedFrom?: string | null | undefined;
  /** Deleted before (exclusive) */
  deletedTo?: string | null | undefined;
  /** Part of the document number, any case */
  documentNumber?: string | null | undefined;
};

/** Search window of Pledge deletion status (R51); conditions combine with AND */
export type DeletedPledgeFilter = {
  /** Part of the deleter’s name, any case */
  deletedBy?: string | null | undefined;
  /** Deleted at or after (the start of a day in the company zone) */
  deletedFrom?: string | null | undefined;
  /** Deleted before (exclusive) */
  deletedTo?: string | null | undefined;
  /** Part of the pledge name, any case */
  name?: string | null | undefined;
};

/** Language of labels, exports and e-mails */
export type Language =
  | 'en'
  | 'ja'
  | 'ko';

export type LoginEnvironment =
  | 'ANDROID_APP'
  | 'API'
  | 'IOS_APP'
  | 'MOBILE_WEB'
  | 'OTHER'
  | 'PC_APP'
  | 'PC_WEB';

export type LoginFailureReason =
  | 'ACCOUNT_DISABLED'
  | 'ACCOUNT_LOCKED'
  | 'OTHER'
  | 'SECOND_FACTOR_FAILED'
  | 'UNKNOWN_ACCOUNT'
  | 'WRONG_PASSWORD';

/** Login record search; every condition is optional and they combine with AND */
export type LoginRecordFilter = {
  /** Part of the employee’s name or login id, any case */
  employee?: string | null | undefined;
  environments?: Array<LoginEnvironment> | null | undefined;
  /** From (inclusive); not before three months ago, company time zone */
  from?: string | null | undefined;
  /** An IPv4/IPv6 address, or a CIDR block such as 10.1.0.0/16 or 2001:db8::/32 */
  ip?: string | null | undefined;
  results?: Array<LoginResult> | null | undefined;
  /** Only records flagged by a suspicious-login rule */
  suspiciousOnly?: boolean | null | undefined;
  /** To (exclusive) */
  to?: string | null | undefined;
};

export type LoginResult =
  | 'FAILURE'
  | 'SUCCESS';

/** An admin’s verdict on a flagged login */
export type LoginReviewStatus =
  | 'CONFIRMED_COMPROMISED'
  | 'CONFIRMED_SAFE';

export type Permission =
  | 'AUDIT_LOG_READ'
  | 'COMPANY_READ'
  | 'DATA_EXPORTS_MANAGE'
  | 'DELETED_DOCUMENTS_MANAGE'
  | 'JOBS_READ'
  | 'LOGIN_EVENTS_WRITE'
  | 'LOGIN_RECORDS_READ'
  | 'LOGIN_RECORDS_REVIEW'
  | 'SECURITY_SETTINGS_MANAGE'
  | 'SERVICE_DATA_WRITE'
  | 'SUPPORT_ACCESS_MANAGE';

export type PrincipalKind =
  | 'ADMIN'
  | 'API_TOKEN'
  | 'SUPPORT';

export type RequestDataExportInput = {
  /** At least one item, each once */
  items: Array<DataExportItemInput>;
  /** First day (company zone) of the creation/slip date; null = from the beginning */
  periodFrom?: string | null | undefined;
  /** Last day (company zone), inclusive; null = up to the request */
  periodTo?: string | null | undefined;
  splitSize: DataExportSplitSize;
  /** Required, at most 100 characters */
  taskName: string;
};

/** A menu under Security in the admin console */
export type SecurityMenu =
  | 'APPROVAL_DOCUMENT_DELETION_STATUS'
  | 'EXPORT_DATA'
  | 'LOGIN_STATUS'
  | 'PLEDGE_DELETION_STATUS'
  | 'SUPPORT_ACCESS'
  | 'TWO_FACTOR_AUTHENTICATION';

export type SecurityMenuUnavailableReason =
  | 'NO_SECURITY_PERMISSION'
  | 'SECURITY_FEATURES_NOT_ENABLED';

/** A groupware service a company can subscribe to */
export type Service =
  | 'ACCOUNTING'
  | 'APPROVAL'
  | 'BOARD'
  | 'HR'
  | 'PLEDGE'
  | 'SECURITY';

export type SignInInput = {
  loginId: string;
  password: string;
};

/** Where a step-up code is sent: e-mail or mobile number */
export type StepUpChannel =
  | 'EMAIL'
  | 'SMS';

export type SuspiciousRule =
  | 'FAILURE_BURST'
  | 'IMPOSSIBLE_TRAVEL'
  | 'NEW_COUNTRY';

export type UpdateStepUpSettingsInput = {
  /** Services whose management menus need additional authentication; others do not */
  protectedServices: Array<Service>;
};

export type UpdateSupportAccessInput = {
  /** True: Agree. False: Do not agree (withdraws access at once) */
  agreed: boolean;
  /** Only with agreed: true. An instant in the future, at most 90 days ahead, after which access is withdrawn automatically. "Today" means the end of today in the company time zone; the client computes it. */
  endsAt?: string | null | undefined;
};

export type AdminShellQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminShellQuery = { me: { __typename: 'Me', kind: PrincipalKind, permissions: Array<Permission>, employee: { __typename: 'Employee', id: string, name: string } | null, company: { __typename: 'Company', id: string, name: string, language: Language } | null }, securityMenu: { __typename: 'SecurityMenuPayload', available: boolean, unavailableReason: SecurityMenuUnavailableReason | null, items: Array<{ __typename: 'SecurityMenuEntry', menu: SecurityMenu, path: string }> } };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { __typename: 'AuditEventConnection', edges: Array<{ __typename: 'AuditEventEdge', cursor: string, node: { __typename: 'AuditEvent', id: string, occurredAt: string, action: string, actorKind: AuditActorKind, actorName: string | null, targetType: string | null, targetId: string | null, ip: string | null, userAgent: string | null, details: unknown } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AuditLogViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditLogViewerQuery = { me: { __typename: 'Me', company: { __typename: 'Company', id: string, timeZone: string } | null } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { __typename: 'SignInPayload', me: { __typename: 'Me', kind: PrincipalKind, company: { __typename: 'Company', id: string, language: Language } | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type DataExport_RowFragment = { __typename: 'DataExport', id: string, taskName: string, requestedAt: string, periodFrom: string | null, periodTo: string | null, splitSize: DataExportSplitSize, status: DataExportStatus, failureReason: string | null, completedAt: string | null, expiresAt: string | null, cancelableUntil: string, canCancel: boolean, requestedBy: { __typename: 'DataExportPerson', id: string | null, name: string }, items: Array<{ __typename: 'DataExportItemSelection', item: DataExportItem, includeAttachments: boolean }>, progress: { __typename: 'DataExportProgress', itemsDone: number, itemsTotal: number, bytesDone: number } | null, parts: Array<{ __typename: 'DataExportPart', partNumber: number, fileName: string, bytes: number }>, downloads: Array<{ __typename: 'DataExportDownload', employeeName: string, fileName: string, downloadedAt: string }> };

export type RequestDataExportMutationVariables = Exact<{
  input: RequestDataExportInput;
}>;


export type RequestDataExportMutation = { requestDataExport: { __typename: 'DataExport', id: string, taskName: string, requestedAt: string, periodFrom: string | null, periodTo: string | null, splitSize: DataExportSplitSize, status: DataExportStatus, failureReason: string | null, completedAt: string | null, expiresAt: string | null, cancelableUntil: string, canCancel: boolean, requestedBy: { __typename: 'DataExportPerson', id: string | null, name: string }, items: Array<{ __typename: 'DataExportItemSelection', item: DataExportItem, includeAttachments: boolean }>, progress: { __typename: 'DataExportProgress', itemsDone: number, itemsTotal: number, bytesDone: number } | null, parts: Array<{ __typename: 'DataExportPart', partNumber: number, fileName: string, bytes: number }>, downloads: Array<{ __typename: 'DataExportDownload', employeeName: string, fileName: string, downloadedAt: string }> } };

export type CancelDataExportMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelDataExportMutation = { cancelDataExport: { __typename: 'DataExport', id: string, taskName: string, requestedAt: string, periodFrom: string | null, periodTo: string | null, splitSize: DataExportSplitSize, status: DataExportStatus, failureReason: string | null, completedAt: string | null, expiresAt: string | null, cancelableUntil: string, canCancel: boolean, requestedBy: { __typename: 'DataExportPerson', id: string | null, name: string }, items: Array<{ __typename: 'DataExportItemSelection', item: DataExportItem, includeAttachments: boolean }>, progress: { __typename: 'DataExportProgress', itemsDone: number, itemsTotal: number, bytesDone: number } | null, parts: Array<{ __typename: 'DataExportPart', partNumber: number, fileName: string, bytes: number }>, downloads: Array<{ __typename: 'DataExportDownload', employeeName: string, fileName: string, downloadedAt: string }> } };

export type RequestDataExportPartDownloadMutationVariables = Exact<{
  exportId: string | number;
  partNumber: number;
}>;


export type RequestDataExportPartDownloadMutation = { requestDataExportPartDownload: { __typename: 'DownloadLinkPayload', url: string, expiresAt: string } };

export type ExportDataPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportDataPageQuery = { me: { __typename: 'Me', company: { __typename: 'Company', id: string, timeZone: string } | null }, activeDataExport: { __typename: 'DataExport', id: string, taskName: string, requestedAt: string, periodFrom: string | null, periodTo: string | null, splitSize: DataExportSplitSize, status: DataExportStatus, failureReason: string | null, completedAt: string | null, expiresAt: string | null, cancelableUntil: string, canCancel: boolean, requestedBy: { __typename: 'DataExportPerson', id: string | null, name: string }, items: Array<{ __typename: 'DataExportItemSelection', item: DataExportItem, includeAttachments: boolean }>, progress: { __typename: 'DataExportProgress', itemsDone: number, itemsTotal: number, bytesDone: number } | null, parts: Array<{ __typename: 'DataExportPart', partNumber: number, fileName: string, bytes: number }>, downloads: Array<{ __typename: 'DataExportDownload', employeeName: string, fileName: string, downloadedAt: string }> } | null };

export type ExportCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportCatalogQuery = { exportCatalog: { __typename: 'ExportCatalog', services: Array<{ __typename: 'ExportCatalogService', service: Service, items: Array<{ __typename: 'ExportCatalogItem', item: DataExportItem, attachmentsAvailable: boolean }> }> } };

export type DataExportsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type DataExportsQuery = { dataExports: { __typename: 'DataExportConnection', edges: Array<{ __typename: 'DataExportEdge', cursor: string, node: { __typename: 'DataExport', id: string, taskName: string, requestedAt: string, periodFrom: string | null, periodTo: string | null, splitSize: DataExportSplitSize, status: DataExportStatus, failureReason: string | null, completedAt: string | null, expiresAt: string | null, cancelableUntil: string, canCancel: boolean, requestedBy: { __typename: 'DataExportPerson', id: string | null, name: string }, items: Array<{ __typename: 'DataExportItemSelection', item: DataExportItem, includeAttachments: boolean }>, progress: { __typename: 'DataExportProgress', itemsDone: number, itemsTotal: number, bytesDone: number } | null, parts: Array<{ __typename: 'DataExportPart', partNumber: number, fileName: string, bytes: number }>, downloads: Array<{ __typename: 'DataExportDownload', employeeName: string, fileName: string, downloadedAt: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type DataExportQueryVariables = Exact<{
  id: string | number;
}>;


export type DataExportQuery = { dataExport: { __typename: 'DataExport', id: string, taskName: string, requestedAt: string, periodFrom: string | null, periodTo: string | null, splitSize: DataExportSplitSize, status: DataExportStatus, failureReason: string | null, completedAt: string | null, expiresAt: string | null, cancelableUntil: string, canCancel: boolean, requestedBy: { __typename: 'DataExportPerson', id: string | null, name: string }, items: Array<{ __typename: 'DataExportItemSelection', item: DataExportItem, includeAttachments: boolean }>, progress: { __typename: 'DataExportProgress', itemsDone: number, itemsTotal: number, bytesDone: number } | null, parts: Array<{ __typename: 'DataExportPart', partNumber: number, fileName: string, bytes: number }>, downloads: Array<{ __typename: 'DataExportDownload', employeeName: string, fileName: string, downloadedAt: string }> } | null };

export type DeletionStatusViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DeletionStatusViewerQuery = { me: { __typename: 'Me', company: { __typename: 'Company', id: string, timeZone: string } | null } };

export type DeletedApprovalDocumentsQueryVariables = Exact<{
  filter?: DeletedApprovalDocumentFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DeletedApprovalDocumentsQuery = { deletedApprovalDocuments: { __typename: 'ApprovalDocumentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ApprovalDocumentEdge', cursor: string, node: { __typename: 'ApprovalDocument', id: string, documentNumber: string, title: string, formName: string, drafterName: string, createdAt: string, status: ApprovalDocumentStatus, deletedAt: string | null, deletedByName: string | null, attachments: Array<{ __typename: 'Attachment', fileId: string, name: string }> } }> } };

export type DeletedPledgesQueryVariables = Exact<{
  filter?: DeletedPledgeFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DeletedPledgesQuery = { deletedPledges: { __typename: 'PledgeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PledgeEdge', cursor: string, node: { __typename: 'Pledge', id: string, pledgeNumber: string, name: string, signerName: string, signedAt: string, deletedAt: string | null, deletedByName: string | null, attachments: Array<{ __typename: 'Attachment', fileId: string, name: string }> } }> } };

export type PermanentlyDeleteApprovalDocumentsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PermanentlyDeleteApprovalDocumentsMutation = { permanentlyDeleteApprovalDocuments: { __typename: 'PermanentlyDeleteApprovalDocumentsPayload', deletedCount: number, notFoundIds: Array<string> } };

export type PermanentlyDeletePledgesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PermanentlyDeletePledgesMutation = { permanentlyDeletePledges: { __typename: 'PermanentlyDeletePledgesPayload', deletedCount: number, notFoundIds: Array<string> } };

export type RequestDeletedApprovalDocumentsDownloadMutationVariables = Exact<{
  filter?: DeletedApprovalDocumentFilter | null | undefined;
}>;


export type RequestDeletedApprovalDocumentsDownloadMutation = { requestDeletedApprovalDocumentsDownload: { __typename: 'DownloadLinkPayload', url: string } };

export type RequestDeletedPledgesDownloadMutationVariables = Exact<{
  filter?: DeletedPledgeFilter | null | undefined;
}>;


export type RequestDeletedPledgesDownloadMutation = { requestDeletedPledgesDownload: { __typename: 'DownloadLinkPayload', url: string } };

export type RequestDeletedApprovalDocumentPdfMutationVariables = Exact<{
  id: string | number;
}>;


export type RequestDeletedApprovalDocumentPdfMutation = { requestDeletedApprovalDocumentPdfDownload: { __typename: 'DownloadLinkPayload', url: string } };

export type RequestDeletedPledgePdfMutationVariables = Exact<{
  id: string | number;
}>;


export type RequestDeletedPledgePdfMutation = { requestDeletedPledgePdfDownload: { __typename: 'DownloadLinkPayload', url: string } };

export type LoginRecord_RowFragment = { __typename: 'LoginRecord', id: string, occurredAt: string, employeeId: string | null, employeeName: string | null, loginId: string, result: LoginResult, failureReason: LoginFailureReason | null, environment: LoginEnvironment, ip: string, country: string | null, userAgent: string | null, suspicious: boolean, reviewStatus: LoginReviewStatus | null, reviewedAt: string | null, reviewedByName: string | null, reasons: Array<{ __typename: 'SuspiciousReason', rule: SuspiciousRule, detail: string, facts: { __typename: 'SuspiciousReasonFacts', failures: number | null, windowMinutes: number | null, country: string | null, usualCountry: string | null, lookback: number | null, previousCountry: string | null, km: number | null, minutes: number | null, kmh: number | null, limitKmh: number | null } | null }> };

export type LoginRecordsQueryVariables = Exact<{
  filter?: LoginRecordFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  withCount?: boolean;
}>;


export type LoginRecordsQuery = { loginRecords: { __typename: 'LoginRecordConnection', edges: Array<{ __typename: 'LoginRecordEdge', cursor: string, node: { __typename: 'LoginRecord', id: string, occurredAt: string, employeeId: string | null, employeeName: string | null, loginId: string, result: LoginResult, failureReason: LoginFailureReason | null, environment: LoginEnvironment, ip: string, country: string | null, userAgent: string | null, suspicious: boolean, reviewStatus: LoginReviewStatus | null, reviewedAt: string | null, reviewedByName: string | null, reasons: Array<{ __typename: 'SuspiciousReason', rule: SuspiciousRule, detail: string, facts: { __typename: 'SuspiciousReasonFacts', failures: number | null, windowMinutes: number | null, country: string | null, usualCountry: string | null, lookback: number | null, previousCountry: string | null, km: number | null, minutes: number | null, kmh: number | null, limitKmh: number | null } | null }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, totalCount?: { __typename: 'CappedCount', count: number, capped: boolean } } };

export type LoginStatusViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginStatusViewerQuery = { me: { __typename: 'Me', permissions: Array<Permission>, company: { __typename: 'Company', id: string, timeZone: string } | null } };

export type RequestLoginRecordsDownloadMutationVariables = Exact<{
  filter?: LoginRecordFilter | null | undefined;
}>;


export type RequestLoginRecordsDownloadMutation = { requestLoginRecordsDownload: { __typename: 'DownloadLinkPayload', url: string, expiresAt: string } };

export type ReviewLoginRecordMutationVariables = Exact<{
  id: string | number;
  verdict: LoginReviewStatus;
}>;


export type ReviewLoginRecordMutation = { reviewLoginRecord: { __typename: 'LoginRecord', id: string, occurredAt: string, employeeId: string | null, employeeName: string | null, loginId: string, result: LoginResult, failureReason: LoginFailureReason | null, environment: LoginEnvironment, ip: string, country: string | null, userAgent: string | null, suspicious: boolean, reviewStatus: LoginReviewStatus | null, reviewedAt: string | null, reviewedByName: string | null, reasons: Array<{ __typename: 'SuspiciousReason', rule: SuspiciousRule, detail: string, facts: { __typename: 'SuspiciousReasonFacts', failures: number | null, windowMinutes: number | null, country: string | null, usualCountry: string | null, lookback: number | null, previousCountry: string | null, km: number | null, minutes: number | null, kmh: number | null, limitKmh: number | null } | null }> } };

export type SecurityMenu_PayloadFragment = { __typename: 'SecurityMenuPayload', available: boolean, unavailableReason: SecurityMenuUnavailableReason | null, items: Array<{ __typename: 'SecurityMenuEntry', menu: SecurityMenu, path: string }> };

export type RequestStepUpCodeMutationVariables = Exact<{
  channel: StepUpChannel;
}>;


export type RequestStepUpCodeMutation = { requestStepUpCode: { __typename: 'StepUpCodeSent', channel: StepUpChannel, maskedDestination: string, expiresAt: string } };

export type StepUpSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type StepUpSettingsQuery = { stepUpSettings: { __typename: 'StepUpSettingsView', services: Array<{ __typename: 'StepUpServiceSetting', service: Service, protected: boolean }> } };

export type StepUpStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type StepUpStatusQuery = { stepUpStatus: { __typename: 'StepUpStatus', applies: boolean, verified: boolean, validUntil: string | null, protectedServices: Array<Service>, channels: Array<{ __typename: 'StepUpChannelOption', kind: StepUpChannel, maskedDestination: string }> }, me: { __typename: 'Me', company: { __typename: 'Company', id: string, timeZone: string } | null } };

export type UpdateStepUpSettingsMutationVariables = Exact<{
  input: UpdateStepUpSettingsInput;
}>;


export type UpdateStepUpSettingsMutation = { updateStepUpSettings: { __typename: 'StepUpSettingsView', services: Array<{ __typename: 'StepUpServiceSetting', service: Service, protected: boolean }> } };

export type VerifyStepUpCodeMutationVariables = Exact<{
  code: string;
}>;


export type VerifyStepUpCodeMutation = { verifyStepUpCode: { __typename: 'StepUpVerified', validUntil: string } };

export type SupportAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportAccessQuery = { supportAccess: { __typename: 'SupportAccess', agreed: boolean, endsAt: string | null, grantedAt: string | null, grantedBy: { __typename: 'SupportAccessGrantor', name: string } | null }, me: { __typename: 'Me', company: { __typename: 'Company', id: string, timeZone: string } | null } };

export type UpdateSupportAccessMutationVariables = Exact<{
  input: UpdateSupportAccessInput;
}>;


export type UpdateSupportAccessMutation = { updateSupportAccess: { __typename: 'SupportAccess', agreed: boolean, endsAt: string | null, grantedAt: string | null, grantedBy: { __typename: 'SupportAccessGrantor', name: string } | null } };

export type SupportAccessLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SupportAccessLogQuery = { supportAccessLog: { __typename: 'SupportAccessLogConnection', edges: Array<{ __typename: 'SupportAccessLogEdge', cursor: string, node: { __typename: 'SupportAccessLogEntry', id: string, occurredAt: string, supportAccountName: string, operationType: string | null, operationName: string | null, fields: Array<string>, allowed: boolean, refusalReason: string | null, ip: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export const DataExport_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExport_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"includeAttachments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}}]}}]}}]} as unknown as DocumentNode<DataExport_RowFragment, unknown>;
export const LoginRecord_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoginRecord_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"suspicious"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"usualCountry"}},{"kind":"Field","name":{"kind":"Name","value":"lookback"}},{"kind":"Field","name":{"kind":"Name","value":"previousCountry"}},{"kind":"Field","name":{"kind":"Name","value":"km"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"kmh"}},{"kind":"Field","name":{"kind":"Name","value":"limitKmh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}}]}}]} as unknown as DocumentNode<LoginRecord_RowFragment, unknown>;
export const SecurityMenu_PayloadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityMenu_payload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityMenuPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"menu"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<SecurityMenu_PayloadFragment, unknown>;
export const AdminShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityMenu_payload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityMenu_payload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityMenuPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"menu"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<AdminShellQuery, AdminShellQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditLogViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogViewerQuery, AuditLogViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const RequestDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDataExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExport_row"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExport_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"includeAttachments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}}]}}]}}]} as unknown as DocumentNode<RequestDataExportMutation, RequestDataExportMutationVariables>;
export const CancelDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExport_row"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExport_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"includeAttachments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}}]}}]}}]} as unknown as DocumentNode<CancelDataExportMutation, CancelDataExportMutationVariables>;
export const RequestDataExportPartDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDataExportPartDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDataExportPartDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RequestDataExportPartDownloadMutation, RequestDataExportPartDownloadMutationVariables>;
export const ExportDataPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportDataPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExport_row"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExport_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"includeAttachments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}}]}}]}}]} as unknown as DocumentNode<ExportDataPageQuery, ExportDataPageQueryVariables>;
export const ExportCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentsAvailable"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportCatalogQuery, ExportCatalogQueryVariables>;
export const DataExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataExports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExport_row"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExport_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"includeAttachments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}}]}}]}}]} as unknown as DocumentNode<DataExportsQuery, DataExportsQueryVariables>;
export const DataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExport_row"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExport_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"includeAttachments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}}]}}]}}]} as unknown as DocumentNode<DataExportQuery, DataExportQueryVariables>;
export const DeletionStatusViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeletionStatusViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<DeletionStatusViewerQuery, DeletionStatusViewerQueryVariables>;
export const DeletedApprovalDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeletedApprovalDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedApprovalDocumentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedApprovalDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"formName"}},{"kind":"Field","name":{"kind":"Name","value":"drafterName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeletedApprovalDocumentsQuery, DeletedApprovalDocumentsQueryVariables>;
export const DeletedPledgesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeletedPledges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedPledgeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedPledges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeletedPledgesQuery, DeletedPledgesQueryVariables>;
export const PermanentlyDeleteApprovalDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermanentlyDeleteApprovalDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanentlyDeleteApprovalDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCount"}},{"kind":"Field","name":{"kind":"Name","value":"notFoundIds"}}]}}]}}]} as unknown as DocumentNode<PermanentlyDeleteApprovalDocumentsMutation, PermanentlyDeleteApprovalDocumentsMutationVariables>;
export const PermanentlyDeletePledgesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermanentlyDeletePledges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanentlyDeletePledges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCount"}},{"kind":"Field","name":{"kind":"Name","value":"notFoundIds"}}]}}]}}]} as unknown as DocumentNode<PermanentlyDeletePledgesMutation, PermanentlyDeletePledgesMutationVariables>;
export const RequestDeletedApprovalDocumentsDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDeletedApprovalDocumentsDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedApprovalDocumentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDeletedApprovalDocumentsDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RequestDeletedApprovalDocumentsDownloadMutation, RequestDeletedApprovalDocumentsDownloadMutationVariables>;
export const RequestDeletedPledgesDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDeletedPledgesDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedPledgeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDeletedPledgesDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RequestDeletedPledgesDownloadMutation, RequestDeletedPledgesDownloadMutationVariables>;
export const RequestDeletedApprovalDocumentPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDeletedApprovalDocumentPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDeletedApprovalDocumentPdfDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RequestDeletedApprovalDocumentPdfMutation, RequestDeletedApprovalDocumentPdfMutationVariables>;
export const RequestDeletedPledgePdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDeletedPledgePdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDeletedPledgePdfDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RequestDeletedPledgePdfMutation, RequestDeletedPledgePdfMutationVariables>;
export const LoginRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginRecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoginRecord_row"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCount"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoginRecord_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"suspicious"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"usualCountry"}},{"kind":"Field","name":{"kind":"Name","value":"lookback"}},{"kind":"Field","name":{"kind":"Name","value":"previousCountry"}},{"kind":"Field","name":{"kind":"Name","value":"km"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"kmh"}},{"kind":"Field","name":{"kind":"Name","value":"limitKmh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}}]}}]} as unknown as DocumentNode<LoginRecordsQuery, LoginRecordsQueryVariables>;
export const LoginStatusViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginStatusViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<LoginStatusViewerQuery, LoginStatusViewerQueryVariables>;
export const RequestLoginRecordsDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLoginRecordsDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginRecordFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLoginRecordsDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RequestLoginRecordsDownloadMutation, RequestLoginRecordsDownloadMutationVariables>;
export const ReviewLoginRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewLoginRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginReviewStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewLoginRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"verdict"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoginRecord_row"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoginRecord_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"suspicious"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"usualCountry"}},{"kind":"Field","name":{"kind":"Name","value":"lookback"}},{"kind":"Field","name":{"kind":"Name","value":"previousCountry"}},{"kind":"Field","name":{"kind":"Name","value":"km"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"kmh"}},{"kind":"Field","name":{"kind":"Name","value":"limitKmh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}}]}}]} as unknown as DocumentNode<ReviewLoginRecordMutation, ReviewLoginRecordMutationVariables>;
export const RequestStepUpCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestStepUpCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StepUpChannel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestStepUpCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"maskedDestination"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RequestStepUpCodeMutation, RequestStepUpCodeMutationVariables>;
export const StepUpSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StepUpSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepUpSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}}]}}]}}]}}]} as unknown as DocumentNode<StepUpSettingsQuery, StepUpSettingsQueryVariables>;
export const StepUpStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StepUpStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepUpStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applies"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"protectedServices"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maskedDestination"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<StepUpStatusQuery, StepUpStatusQueryVariables>;
export const UpdateStepUpSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStepUpSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStepUpSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStepUpSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateStepUpSettingsMutation, UpdateStepUpSettingsMutationVariables>;
export const VerifyStepUpCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyStepUpCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyStepUpCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<VerifyStepUpCodeMutation, VerifyStepUpCodeMutationVariables>;
export const SupportAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<SupportAccessQuery, SupportAccessQueryVariables>;
export const UpdateSupportAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupportAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupportAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupportAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSupportAccessMutation, UpdateSupportAccessMutationVariables>;
export const SupportAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SupportAccessLogQuery, SupportAccessLogQueryVariables>;