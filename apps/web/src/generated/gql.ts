/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminShell {\n    me {\n      kind\n      permissions\n      employee {\n        id\n        name\n      }\n      company {\n        id\n        name\n        language\n      }\n    }\n    securityMenu {\n      ...SecurityMenu_payload\n    }\n  }\n": typeof types.AdminShellDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          targetType\n          targetId\n          ip\n          userAgent\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditLogViewer {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n": typeof types.AuditLogViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        kind\n        company {\n          id\n          language\n        }\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment DataExport_row on DataExport {\n    id\n    taskName\n    requestedBy {\n      id\n      name\n    }\n    requestedAt\n    periodFrom\n    periodTo\n    items {\n      item\n      includeAttachments\n    }\n    splitSize\n    status\n    failureReason\n    progress {\n      itemsDone\n      itemsTotal\n      bytesDone\n    }\n    parts {\n      partNumber\n      fileName\n      bytes\n    }\n    completedAt\n    expiresAt\n    cancelableUntil\n    canCancel\n    downloads {\n      employeeName\n      fileName\n      downloadedAt\n    }\n  }\n": typeof types.DataExport_RowFragmentDoc,
    "\n  mutation RequestDataExport($input: RequestDataExportInput!) {\n    requestDataExport(input: $input) {\n      ...DataExport_row\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  mutation CancelDataExport($id: ID!) {\n    cancelDataExport(id: $id) {\n      ...DataExport_row\n    }\n  }\n": typeof types.CancelDataExportDocument,
    "\n  mutation RequestDataExportPartDownload($exportId: ID!, $partNumber: Int!) {\n    requestDataExportPartDownload(exportId: $exportId, partNumber: $partNumber) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.RequestDataExportPartDownloadDocument,
    "\n  query ExportDataPage {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n    activeDataExport {\n      ...DataExport_row\n    }\n  }\n": typeof types.ExportDataPageDocument,
    "\n  query ExportCatalog {\n    exportCatalog {\n      services {\n        service\n        items {\n          item\n          attachmentsAvailable\n        }\n      }\n    }\n  }\n": typeof types.ExportCatalogDocument,
    "\n  query DataExports($first: Int!, $after: String) {\n    dataExports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DataExport_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DataExportsDocument,
    "\n  query DataExport($id: ID!) {\n    dataExport(id: $id) {\n      ...DataExport_row\n    }\n  }\n": typeof types.DataExportDocument,
    "\n  query DeletionStatusViewer {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n": typeof types.DeletionStatusViewerDocument,
    "\n  query DeletedApprovalDocuments($filter: DeletedApprovalDocumentFilter, $first: Int!, $after: String) {\n    deletedApprovalDocuments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          documentNumber\n          title\n          formName\n          drafterName\n          createdAt\n          status\n          deletedAt\n          deletedByName\n          attachments {\n            fileId\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeletedApprovalDocumentsDocument,
    "\n  query DeletedPledges($filter: DeletedPledgeFilter, $first: Int!, $after: String) {\n    deletedPledges(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          pledgeNumber\n          name\n          signerName\n          signedAt\n          deletedAt\n          deletedByName\n          attachments {\n            fileId\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeletedPledgesDocument,
    "\n  mutation PermanentlyDeleteApprovalDocuments($ids: [ID!]!) {\n    permanentlyDeleteApprovalDocuments(ids: $ids) {\n      deletedCount\n      notFoundIds\n    }\n  }\n": typeof types.PermanentlyDeleteApprovalDocumentsDocument,
    "\n  mutation PermanentlyDeletePledges($ids: [ID!]!) {\n    permanentlyDeletePledges(ids: $ids) {\n      deletedCount\n      notFoundIds\n    }\n  }\n": typeof types.PermanentlyDeletePledgesDocument,
    "\n  mutation RequestDeletedApprovalDocumentsDownload($filter: DeletedApprovalDocumentFilter) {\n    requestDeletedApprovalDocumentsDownload(filter: $filter) {\n      url\n    }\n  }\n": typeof types.RequestDeletedApprovalDocumentsDownloadDocument,
    "\n  mutation RequestDeletedPledgesDownload($filter: DeletedPledgeFilter) {\n    requestDeletedPledgesDownload(filter: $filter) {\n      url\n    }\n  }\n": typeof types.RequestDeletedPledgesDownloadDocument,
    "\n  mutation RequestDeletedApprovalDocumentPdf($id: ID!) {\n    requestDeletedApprovalDocumentPdfDownload(id: $id) {\n      url\n    }\n  }\n": typeof types.RequestDeletedApprovalDocumentPdfDocument,
    "\n  mutation RequestDeletedPledgePdf($id: ID!) {\n    requestDeletedPledgePdfDownload(id: $id) {\n      url\n    }\n  }\n": typeof types.RequestDeletedPledgePdfDocument,
    "\n  fragment LoginRecord_row on LoginRecord {\n    id\n    occurredAt\n    employeeId\n    employeeName\n    loginId\n    result\n    failureReason\n    environment\n    ip\n    country\n    userAgent\n    suspicious\n    reasons {\n      rule\n      detail\n      facts {\n        failures\n        windowMinutes\n        country\n        usualCountry\n        lookback\n        previousCountry\n        km\n        minutes\n        kmh\n        limitKmh\n      }\n    }\n    reviewStatus\n    reviewedAt\n    reviewedByName\n  }\n": typeof types.LoginRecord_RowFragmentDoc,
    "\n  query LoginRecords($filter: LoginRecordFilter, $first: Int!, $after: String, $withCount: Boolean! = true) {\n    loginRecords(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...LoginRecord_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $withCount) {\n        count\n        capped\n      }\n    }\n  }\n": typeof types.LoginRecordsDocument,
    "\n  query LoginStatusViewer {\n    me {\n      permissions\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n": typeof types.LoginStatusViewerDocument,
    "\n  mutation RequestLoginRecordsDownload($filter: LoginRecordFilter) {\n    requestLoginRecordsDownload(filter: $filter) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.RequestLoginRecordsDownloadDocument,
    "\n  mutation ReviewLoginRecord($id: ID!, $verdict: LoginReviewStatus!) {\n    reviewLoginRecord(id: $id, verdict: $verdict) {\n      ...LoginRecord_row\n    }\n  }\n": typeof types.ReviewLoginRecordDocument,
    "\n  fragment SecurityMenu_payload on SecurityMenuPayload {\n    available\n    unavailableReason\n    items {\n      menu\n      path\n    }\n  }\n": typeof types.SecurityMenu_PayloadFragmentDoc,
    "\n  mutation RequestStepUpCode($channel: StepUpChannel!) {\n    requestStepUpCode(channel: $channel) {\n      channel\n      maskedDestination\n      expiresAt\n    }\n  }\n": typeof types.RequestStepUpCodeDocument,
    "\n  query StepUpSettings {\n    stepUpSettings {\n      services {\n        service\n        protected\n      }\n    }\n  }\n": typeof types.StepUpSettingsDocument,
    "\n  query StepUpStatus {\n    stepUpStatus {\n      applies\n      verified\n      validUntil\n      protectedServices\n      channels {\n        kind\n        maskedDestination\n      }\n    }\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n": typeof types.StepUpStatusDocument,
    "\n  mutation UpdateStepUpSettings($input: UpdateStepUpSettingsInput!) {\n    updateStepUpSettings(input: $input) {\n      services {\n        service\n        protected\n      }\n    }\n  }\n": typeof types.UpdateStepUpSettingsDocument,
    "\n  mutation VerifyStepUpCode($code: String!) {\n    verifyStepUpCode(code: $code) {\n      validUntil\n    }\n  }\n": typeof types.VerifyStepUpCodeDocument,
    "\n  query SupportAccess {\n    supportAccess {\n      agreed\n      endsAt\n      grantedAt\n      grantedBy {\n        name\n      }\n    }\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n": typeof types.SupportAccessDocument,
    "\n  mutation UpdateSupportAccess($input: UpdateSupportAccessInput!) {\n    updateSupportAccess(input: $input) {\n      agreed\n      endsAt\n      grantedAt\n      grantedBy {\n        name\n      }\n    }\n  }\n": typeof types.UpdateSupportAccessDocument,
    "\n  query SupportAccessLog($first: Int!, $after: String) {\n    supportAccessLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          supportAccountName\n          operationType\n          operationName\n          fields\n          allowed\n          refusalReason\n          ip\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SupportAccessLogDocument,
};
const documents: Documents = {
    "\n  query AdminShell {\n    me {\n      kind\n      permissions\n      employee {\n        id\n        name\n      }\n      company {\n        id\n        name\n        language\n      }\n    }\n    securityMenu {\n      ...SecurityMenu_payload\n    }\n  }\n": types.AdminShellDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          targetType\n          targetId\n          ip\n          userAgent\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditLogViewer {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n": types.AuditLogViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        kind\n        company {\n          id\n          language\n        }\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment DataExport_row on DataExport {\n    id\n    taskName\n    requestedBy {\n      id\n      name\n    }\n    requestedAt\n    periodFrom\n    periodTo\n    items {\n      item\n      includeAttachments\n    }\n    splitSize\n    status\n    failureReason\n    progress {\n      itemsDone\n      itemsTotal\n      bytesDone\n    }\n    parts {\n      partNumber\n      fileName\n      bytes\n    }\n    completedAt\n    expiresAt\n    cancelableUntil\n    canCancel\n    downloads {\n      employeeName\n      fileName\n      downloadedAt\n    }\n  }\n": types.DataExport_RowFragmentDoc,
    "\n  mutation RequestDataExport($input: RequestDataExportInput!) {\n    requestDataExport(input: $input) {\n      ...DataExport_row\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  mutation CancelDataExport($id: ID!) {\n    cancelDataExport(id: $id) {\n      ...DataExport_row\n    }\n  }\n": types.CancelDataExportDocument,
    "\n  mutation RequestDataExportPartDownload($exportId: ID!, $partNumber: Int!) {\n    requestDataExportPartDownload(exportId: $exportId, partNumber: $partNumber) {\n      url\n      expiresAt\n    }\n  }\n": types.RequestDataExportPartDownloadDocument,
    "\n  query ExportDataPage {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n    activeDataExport {\n      ...DataExport_row\n    }\n  }\n": types.ExportDataPageDocument,
    "\n  query ExportCatalog {\n    exportCatalog {\n      services {\n        service\n        items {\n          item\n          attachmentsAvailable\n        }\n      }\n    }\n  }\n": types.ExportCatalogDocument,
    "\n  query DataExports($first: Int!, $after: String) {\n    dataExports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DataExport_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DataExportsDocument,
    "\n  query DataExport($id: ID!) {\n    dataExport(id: $id) {\n      ...DataExport_row\n    }\n  }\n": types.DataExportDocument,
    "\n  query DeletionStatusViewer {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n": types.DeletionStatusViewerDocument,
    "\n  query DeletedApprovalDocuments($filter: DeletedApprovalDocumentFilter, $first: Int!, $after: String) {\n    deletedApprovalDocuments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          documentNumber\n          title\n          formName\n          drafterName\n          createdAt\n          status\n          deletedAt\n          deletedByName\n          attachments {\n            fileId\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DeletedApprovalDocumentsDocument,
    "\n  query DeletedPledges($filter: DeletedPledgeFilter, $first: Int!, $after: String) {\n    deletedPledges(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          pledgeNumber\n          name\n          signerName\n          signedAt\n          deletedAt\n          deletedByName\n          attachments {\n            fileId\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DeletedPledgesDocument,
    "\n  mutation PermanentlyDeleteApprovalDocuments($ids: [ID!]!) {\n    permanentlyDeleteApprovalDocuments(ids: $ids) {\n      deletedCount\n      notFoundIds\n    }\n  }\n": types.PermanentlyDeleteApprovalDocumentsDocument,
    "\n  mutation PermanentlyDeletePledges($ids: [ID!]!) {\n    permanentlyDeletePledges(ids: $ids) {\n      deletedCount\n      notFoundIds\n    }\n  }\n": types.PermanentlyDeletePledgesDocument,
    "\n  mutation RequestDeletedApprovalDocumentsDownload($filter: DeletedApprovalDocumentFilter) {\n    requestDeletedApprovalDocumentsDownload(filter: $filter) {\n      url\n    }\n  }\n": types.RequestDeletedApprovalDocumentsDownloadDocument,
    "\n  mutation RequestDeletedPledgesDownload($filter: DeletedPledgeFilter) {\n    requestDeletedPledgesDownload(filter: $filter) {\n      url\n    }\n  }\n": types.RequestDeletedPledgesDownloadDocument,
    "\n  mutation RequestDeletedApprovalDocumentPdf($id: ID!) {\n    requestDeletedApprovalDocumentPdfDownload(id: $id) {\n      url\n    }\n  }\n": types.RequestDeletedApprovalDocumentPdfDocument,
    "\n  mutation RequestDeletedPledgePdf($id: ID!) {\n    requestDeletedPledgePdfDownload(id: $id) {\n      url\n    }\n  }\n": types.RequestDeletedPledgePdfDocument,
    "\n  fragment LoginRecord_row on LoginRecord {\n    id\n    occurredAt\n    employeeId\n    employeeName\n    loginId\n    result\n    failureReason\n    environment\n    ip\n    country\n    userAgent\n    suspicious\n    reasons {\n      rule\n      detail\n      facts {\n        failures\n        windowMinutes\n        country\n        usualCountry\n        lookback\n        previousCountry\n        km\n        minutes\n        kmh\n        limitKmh\n      }\n    }\n    reviewStatus\n    reviewedAt\n    reviewedByName\n  }\n": types.LoginRecord_RowFragmentDoc,
    "\n  query LoginRecords($filter: LoginRecordFilter, $first: Int!, $after: String, $withCount: Boolean! = true) {\n    loginRecords(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...LoginRecord_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $withCount) {\n        count\n        capped\n      }\n    }\n  }\n": types.LoginRecordsDocument,
    "\n  query LoginStatusViewer {\n    me {\n      permissions\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n": types.LoginStatusViewerDocument,
    "\n  mutation RequestLoginRecordsDownload($filter: LoginRecordFilter) {\n    requestLoginRecordsDownload(filter: $filter) {\n      url\n      expiresAt\n    }\n  }\n": types.RequestLoginRecordsDownloadDocument,
    "\n  mutation ReviewLoginRecord($id: ID!, $verdict: LoginReviewStatus!) {\n    reviewLoginRecord(id: $id, verdict: $verdict) {\n      ...LoginRecord_row\n    }\n  }\n": types.ReviewLoginRecordDocument,
    "\n  fragment SecurityMenu_payload on SecurityMenuPayload {\n    available\n    unavailableReason\n    items {\n      menu\n      path\n    }\n  }\n": types.SecurityMenu_PayloadFragmentDoc,
    "\n  mutation RequestStepUpCode($channel: StepUpChannel!) {\n    requestStepUpCode(channel: $channel) {\n      channel\n      maskedDestination\n      expiresAt\n    }\n  }\n": types.RequestStepUpCodeDocument,
    "\n  query StepUpSettings {\n    stepUpSettings {\n      services {\n        service\n        protected\n      }\n    }\n  }\n": types.StepUpSettingsDocument,
    "\n  query StepUpStatus {\n    stepUpStatus {\n      applies\n      verified\n      validUntil\n      protectedServices\n      channels {\n        kind\n        maskedDestination\n      }\n    }\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n": types.StepUpStatusDocument,
    "\n  mutation UpdateStepUpSettings($input: UpdateStepUpSettingsInput!) {\n    updateStepUpSettings(input: $input) {\n      services {\n        service\n        protected\n      }\n    }\n  }\n": types.UpdateStepUpSettingsDocument,
    "\n  mutation VerifyStepUpCode($code: String!) {\n    verifyStepUpCode(code: $code) {\n      validUntil\n    }\n  }\n": types.VerifyStepUpCodeDocument,
    "\n  query SupportAccess {\n    supportAccess {\n      agreed\n      endsAt\n      grantedAt\n      grantedBy {\n        name\n      }\n    }\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n": types.SupportAccessDocument,
    "\n  mutation UpdateSupportAccess($input: UpdateSupportAccessInput!) {\n    updateSupportAccess(input: $input) {\n      agreed\n      endsAt\n      grantedAt\n      grantedBy {\n        name\n      }\n    }\n  }\n": types.UpdateSupportAccessDocument,
    "\n  query SupportAccessLog($first: Int!, $after: String) {\n    supportAccessLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          supportAccountName\n          operationType\n          operationName\n          fields\n          allowed\n          refusalReason\n          ip\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SupportAccessLogDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminShell {\n    me {\n      kind\n      permissions\n      employee {\n        id\n        name\n      }\n      company {\n        id\n        name\n        language\n      }\n    }\n    securityMenu {\n      ...SecurityMenu_payload\n    }\n  }\n"): (typeof documents)["\n  query AdminShell {\n    me {\n      kind\n      permissions\n      employee {\n        id\n        name\n      }\n      company {\n        id\n        name\n        language\n      }\n    }\n    securityMenu {\n      ...SecurityMenu_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          targetType\n          targetId\n          ip\n          userAgent\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          targetType\n          targetId\n          ip\n          userAgent\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogViewer {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogViewer {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        kind\n        company {\n          id\n          language\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        kind\n        company {\n          id\n          language\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataExport_row on DataExport {\n    id\n    taskName\n    requestedBy {\n      id\n      name\n    }\n    requestedAt\n    periodFrom\n    periodTo\n    items {\n      item\n      includeAttachments\n    }\n    splitSize\n    status\n    failureReason\n    progress {\n      itemsDone\n      itemsTotal\n      bytesDone\n    }\n    parts {\n      partNumber\n      fileName\n      bytes\n    }\n    completedAt\n    expiresAt\n    cancelableUntil\n    canCancel\n    downloads {\n      employeeName\n      fileName\n      downloadedAt\n    }\n  }\n"): (typeof documents)["\n  fragment DataExport_row on DataExport {\n    id\n    taskName\n    requestedBy {\n      id\n      name\n    }\n    requestedAt\n    periodFrom\n    periodTo\n    items {\n      item\n      includeAttachments\n    }\n    splitSize\n    status\n    failureReason\n    progress {\n      itemsDone\n      itemsTotal\n      bytesDone\n    }\n    parts {\n      partNumber\n      fileName\n      bytes\n    }\n    completedAt\n    expiresAt\n    cancelableUntil\n    canCancel\n    downloads {\n      employeeName\n      fileName\n      downloadedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport($input: RequestDataExportInput!) {\n    requestDataExport(input: $input) {\n      ...DataExport_row\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataExport($input: RequestDataExportInput!) {\n    requestDataExport(input: $input) {\n      ...DataExport_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelDataExport($id: ID!) {\n    cancelDataExport(id: $id) {\n      ...DataExport_row\n    }\n  }\n"): (typeof documents)["\n  mutation CancelDataExport($id: ID!) {\n    cancelDataExport(id: $id) {\n      ...DataExport_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExportPartDownload($exportId: ID!, $partNumber: Int!) {\n    requestDataExportPartDownload(exportId: $exportId, partNumber: $partNumber) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataExportPartDownload($exportId: ID!, $partNumber: Int!) {\n    requestDataExportPartDownload(exportId: $exportId, partNumber: $partNumber) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportDataPage {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n    activeDataExport {\n      ...DataExport_row\n    }\n  }\n"): (typeof documents)["\n  query ExportDataPage {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n    activeDataExport {\n      ...DataExport_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportCatalog {\n    exportCatalog {\n      services {\n        service\n        items {\n          item\n          attachmentsAvailable\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportCatalog {\n    exportCatalog {\n      services {\n        service\n        items {\n          item\n          attachmentsAvailable\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataExports($first: Int!, $after: String) {\n    dataExports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DataExport_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataExports($first: Int!, $after: String) {\n    dataExports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DataExport_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataExport($id: ID!) {\n    dataExport(id: $id) {\n      ...DataExport_row\n    }\n  }\n"): (typeof documents)["\n  query DataExport($id: ID!) {\n    dataExport(id: $id) {\n      ...DataExport_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletionStatusViewer {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletionStatusViewer {\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedApprovalDocuments($filter: DeletedApprovalDocumentFilter, $first: Int!, $after: String) {\n    deletedApprovalDocuments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          documentNumber\n          title\n          formName\n          drafterName\n          createdAt\n          status\n          deletedAt\n          deletedByName\n          attachments {\n            fileId\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletedApprovalDocuments($filter: DeletedApprovalDocumentFilter, $first: Int!, $after: String) {\n    deletedApprovalDocuments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          documentNumber\n          title\n          formName\n          drafterName\n          createdAt\n          status\n          deletedAt\n          deletedByName\n          attachments {\n            fileId\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedPledges($filter: DeletedPledgeFilter, $first: Int!, $after: String) {\n    deletedPledges(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          pledgeNumber\n          name\n          signerName\n          signedAt\n          deletedAt\n          deletedByName\n          attachments {\n            fileId\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletedPledges($filter: DeletedPledgeFilter, $first: Int!, $after: String) {\n    deletedPledges(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          pledgeNumber\n          name\n          signerName\n          signedAt\n          deletedAt\n          deletedByName\n          attachments {\n            fileId\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermanentlyDeleteApprovalDocuments($ids: [ID!]!) {\n    permanentlyDeleteApprovalDocuments(ids: $ids) {\n      deletedCount\n      notFoundIds\n    }\n  }\n"): (typeof documents)["\n  mutation PermanentlyDeleteApprovalDocuments($ids: [ID!]!) {\n    permanentlyDeleteApprovalDocuments(ids: $ids) {\n      deletedCount\n      notFoundIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermanentlyDeletePledges($ids: [ID!]!) {\n    permanentlyDeletePledges(ids: $ids) {\n      deletedCount\n      notFoundIds\n    }\n  }\n"): (typeof documents)["\n  mutation PermanentlyDeletePledges($ids: [ID!]!) {\n    permanentlyDeletePledges(ids: $ids) {\n      deletedCount\n      notFoundIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDeletedApprovalDocumentsDownload($filter: DeletedApprovalDocumentFilter) {\n    requestDeletedApprovalDocumentsDownload(filter: $filter) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDeletedApprovalDocumentsDownload($filter: DeletedApprovalDocumentFilter) {\n    requestDeletedApprovalDocumentsDownload(filter: $filter) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDeletedPledgesDownload($filter: DeletedPledgeFilter) {\n    requestDeletedPledgesDownload(filter: $filter) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDeletedPledgesDownload($filter: DeletedPledgeFilter) {\n    requestDeletedPledgesDownload(filter: $filter) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDeletedApprovalDocumentPdf($id: ID!) {\n    requestDeletedApprovalDocumentPdfDownload(id: $id) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDeletedApprovalDocumentPdf($id: ID!) {\n    requestDeletedApprovalDocumentPdfDownload(id: $id) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDeletedPledgePdf($id: ID!) {\n    requestDeletedPledgePdfDownload(id: $id) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDeletedPledgePdf($id: ID!) {\n    requestDeletedPledgePdfDownload(id: $id) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoginRecord_row on LoginRecord {\n    id\n    occurredAt\n    employeeId\n    employeeName\n    loginId\n    result\n    failureReason\n    environment\n    ip\n    country\n    userAgent\n    suspicious\n    reasons {\n      rule\n      detail\n      facts {\n        failures\n        windowMinutes\n        country\n        usualCountry\n        lookback\n        previousCountry\n        km\n        minutes\n        kmh\n        limitKmh\n      }\n    }\n    reviewStatus\n    reviewedAt\n    reviewedByName\n  }\n"): (typeof documents)["\n  fragment LoginRecord_row on LoginRecord {\n    id\n    occurredAt\n    employeeId\n    employeeName\n    loginId\n    result\n    failureReason\n    environment\n    ip\n    country\n    userAgent\n    suspicious\n    reasons {\n      rule\n      detail\n      facts {\n        failures\n        windowMinutes\n        country\n        usualCountry\n        lookback\n        previousCountry\n        km\n        minutes\n        kmh\n        limitKmh\n      }\n    }\n    reviewStatus\n    reviewedAt\n    reviewedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginRecords($filter: LoginRecordFilter, $first: Int!, $after: String, $withCount: Boolean! = true) {\n    loginRecords(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...LoginRecord_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $withCount) {\n        count\n        capped\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoginRecords($filter: LoginRecordFilter, $first: Int!, $after: String, $withCount: Boolean! = true) {\n    loginRecords(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...LoginRecord_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $withCount) {\n        count\n        capped\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginStatusViewer {\n    me {\n      permissions\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoginStatusViewer {\n    me {\n      permissions\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLoginRecordsDownload($filter: LoginRecordFilter) {\n    requestLoginRecordsDownload(filter: $filter) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestLoginRecordsDownload($filter: LoginRecordFilter) {\n    requestLoginRecordsDownload(filter: $filter) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewLoginRecord($id: ID!, $verdict: LoginReviewStatus!) {\n    reviewLoginRecord(id: $id, verdict: $verdict) {\n      ...LoginRecord_row\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewLoginRecord($id: ID!, $verdict: LoginReviewStatus!) {\n    reviewLoginRecord(id: $id, verdict: $verdict) {\n      ...LoginRecord_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecurityMenu_payload on SecurityMenuPayload {\n    available\n    unavailableReason\n    items {\n      menu\n      path\n    }\n  }\n"): (typeof documents)["\n  fragment SecurityMenu_payload on SecurityMenuPayload {\n    available\n    unavailableReason\n    items {\n      menu\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestStepUpCode($channel: StepUpChannel!) {\n    requestStepUpCode(channel: $channel) {\n      channel\n      maskedDestination\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestStepUpCode($channel: StepUpChannel!) {\n    requestStepUpCode(channel: $channel) {\n      channel\n      maskedDestination\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StepUpSettings {\n    stepUpSettings {\n      services {\n        service\n        protected\n      }\n    }\n  }\n"): (typeof documents)["\n  query StepUpSettings {\n    stepUpSettings {\n      services {\n        service\n        protected\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StepUpStatus {\n    stepUpStatus {\n      applies\n      verified\n      validUntil\n      protectedServices\n      channels {\n        kind\n        maskedDestination\n      }\n    }\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query StepUpStatus {\n    stepUpStatus {\n      applies\n      verified\n      validUntil\n      protectedServices\n      channels {\n        kind\n        maskedDestination\n      }\n    }\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStepUpSettings($input: UpdateStepUpSettingsInput!) {\n    updateStepUpSettings(input: $input) {\n      services {\n        service\n        protected\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStepUpSettings($input: UpdateStepUpSettingsInput!) {\n    updateStepUpSettings(input: $input) {\n      services {\n        service\n        protected\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyStepUpCode($code: String!) {\n    verifyStepUpCode(code: $code) {\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyStepUpCode($code: String!) {\n    verifyStepUpCode(code: $code) {\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportAccess {\n    supportAccess {\n      agreed\n      endsAt\n      grantedAt\n      grantedBy {\n        name\n      }\n    }\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportAccess {\n    supportAccess {\n      agreed\n      endsAt\n      grantedAt\n      grantedBy {\n        name\n      }\n    }\n    me {\n      company {\n        id\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupportAccess($input: UpdateSupportAccessInput!) {\n    updateSupportAccess(input: $input) {\n      agreed\n      endsAt\n      grantedAt\n      grantedBy {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupportAccess($input: UpdateSupportAccessInput!) {\n    updateSupportAccess(input: $input) {\n      agreed\n      endsAt\n      grantedAt\n      grantedBy {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportAccessLog($first: Int!, $after: String) {\n    supportAccessLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          supportAccountName\n          operationType\n          operationName\n          fields\n          allowed\n          refusalReason\n          ip\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportAccessLog($first: Int!, $after: String) {\n    supportAccessLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          supportAccountName\n          operationType\n          operationName\n          fields\n          allowed\n          refusalReason\n          ip\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;