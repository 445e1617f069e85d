import { type LabelKey, type Language, t } from '@warden/shared';
import type { AppConfig } from '../../config/app-config';
import type { DownloadHandler } from '../../core/downloads/downloads';
import type { XlsxCellValue } from '../../core/files/xlsx/xlsx-writer';
import type { Services } from '../../core/services';
import { formatInZone } from '../../core/time/zoned-time';
import type { ApprovalDocument } from './approval-document.entity';
import type { DeletedApprovalDocumentFilter } from './approval-documents.inputs';
import { deletedListDownload, deletionSearchOfParams, deletionSearchToParams } from './deleted-record-downloads';

export const DELETED_APPROVAL_DOCUMENTS_XLSX = 'deleted-approval-documents.xlsx';

/** A deletion-status filter as stored with a download link (JSON: dates as ISO strings). */
export function deletedDocumentFilterToParams(filter: DeletedApprovalDocumentFilter): Record<string, unknown> {
  return deletionSearchToParams(filter, 'documentNumber', filter.documentNumber);
}

const COLUMNS: Array<{ label: LabelKey; kind?: 'text' | 'date-text'; width?: number }> = [
  { label: 'deletedDocuments.column.documentNumber', width: 22 },
  { label: 'deletedDocuments.column.title', width: 50 },
  { label: 'deletedDocuments.column.form', width: 20 },
  { label: 'deletedDocuments.column.drafter', width: 16 },
  { label: 'deletedDocuments.column.createdAt', kind: 'date-text' },
  { label: 'deletedDocuments.column.status', width: 12 },
  { label: 'deletedDocuments.column.attachments', width: 40 },
  { label: 'deletedDocuments.column.deletedAt', kind: 'date-text' },
  { label: 'deletedDocuments.column.deletedBy', width: 16 },
];

/** One row: labels in the company language, times in its zone with the offset (R62, R63). */
function toRow(document: ApprovalDocument, language: Language, timeZone: string): XlsxCellValue[] {
  return [
    document.documentNumber,
    document.title,
    document.formName,
    document.drafterName,
    formatInZone(document.createdAt, timeZone),
    t(language, `approvalStatus.${document.status}` as LabelKey),
    document.attachments.map((attachment) => attachment.name).join('\n') || null,
    document.deletedAt ? formatInZone(document.deletedAt, timeZone) : null,
    document.deletedByName,
  ];
}

/** Streams `doc_list.xlsx` (R53): the deleted documents matching the search, newest deletion first. Audited. */
export function deletedApprovalDocumentsDownload(services: Services, config: AppConfig): DownloadHandler {
  return deletedListDownload(services, config, {
    fileName: 'doc_list.xlsx',
    sheetName: 'deletedDocuments.sheetName',
    columns: COLUMNS,
    action: 'approval_documents.downloaded',
    async *rows(company, params) {
      const filter: DeletedApprovalDocumentFilter = deletionSearchOfParams(params, 'documentNumber');
      for await (const document of services.approvalDocuments.iterateDeleted(company.id, filter)) {
        yield toRow(document, company.language, company.timeZone);
      }
    },
  });
}
