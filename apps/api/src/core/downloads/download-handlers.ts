import type { AppConfig } from '../../config/app-config';
import { DELETED_APPROVAL_DOCUMENT_PDF, deletedApprovalDocumentPdfDownload } from '../../features/approval-documents/deleted-document-pdf';
import { DELETED_PLEDGE_PDF, deletedPledgePdfDownload } from '../../features/pledges/deleted-pledge-pdf';
import { DATA_EXPORT_PART_DOWNLOAD, dataExportPartDownload } from '../../features/data-exports/data-export-download';
import { LOGIN_RECORDS_DOWNLOAD, loginRecordsDownload } from '../../features/login-records/login-records-download';
import { DELETED_APPROVAL_DOCUMENTS_XLSX, deletedApprovalDocumentsDownload } from '../../features/approval-documents/deleted-approval-documents-download';
import { DELETED_PLEDGES_XLSX, deletedPledgesDownload } from '../../features/pledges/deleted-pledges-download';
import type { Services } from '../services';
import type { DownloadHandler } from './downloads';

/** What each kind of download link streams; a feature adds its downloads here. */
export function downloadHandlers(services: Services, config: AppConfig): Record<string, DownloadHandler> {
  return {
    [LOGIN_RECORDS_DOWNLOAD]: loginRecordsDownload(services, config),
    [DELETED_APPROVAL_DOCUMENTS_XLSX]: deletedApprovalDocumentsDownload(services, config),
    [DELETED_PLEDGES_XLSX]: deletedPledgesDownload(services, config),
    [DELETED_APPROVAL_DOCUMENT_PDF]: deletedApprovalDocumentPdfDownload(services),
    [DELETED_PLEDGE_PDF]: deletedPledgePdfDownload(services),
    [DATA_EXPORT_PART_DOWNLOAD]: dataExportPartDownload(services),
  };
}
