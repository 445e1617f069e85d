import { type LabelKey, type Language, t } from '@warden/shared';
import type { AppConfig } from '../../config/app-config';
import type { DownloadHandler } from '../../core/downloads/downloads';
import { setDownloadHeaders } from '../../core/downloads/downloads';
import { type XlsxCellValue, writeXlsx } from '../../core/files/xlsx/xlsx-writer';
import type { Services } from '../../core/services';
import { formatInZone } from '../../core/time/zoned-time';
import { actorOf } from '../audit-log/audit-log.service';
import type { ApprovalDocument } from './approval-document.entity';
import type { DeletedApprovalDocumentFilter } from './approval-documents.inputs';

export const DELETED_APPROVAL_DOCUMENTS_XLSX = 'deleted-approval-documents.xlsx';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A deletion-status filter as stored with a download link (JSON: dates as ISO strings). */
export function deletedDocumentFilterToParams(filter: DeletedApprovalDocumentFilter): Record<string, unknown> {
  return {
    deletedFrom: filter.deletedFrom ? filter.deletedFrom.toISOString() : null,
    deletedTo: filter.deletedTo ? filter.deletedTo.toISOString() : null,
    documentNumber: filter.documentNumber ?? null,
    deletedBy: filter.deletedBy ?? null,
  };
}

function paramsToFilter(params: Record<string, unknown>): DeletedApprovalDocumentFilter {
  return {
    deletedFrom: params.deletedFrom ? new Date(params.deletedFrom as string) : null,
    deletedTo: params.deletedTo ? new Date(params.deletedTo as string) : null,
    documentNumber: (params.documentNumber as string | null) ?? null,
    deletedBy: (params.deletedBy as string | null) ?? null,
  };
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

/**
 * Streams `doc_list.xlsx` (R53): the deleted documents matching the search, newest deletion first,
 * through the same streaming writer as the login-status download (formula-safe cells). Audited.
 */
export function deletedApprovalDocumentsDownload(services: Services, config: AppConfig): DownloadHandler {
  return async ({ link, principal, req, res }) => {
    const company = await services.companies.get(link.companyId);
    const filter = paramsToFilter(link.params);
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort(new Error('the client went away'));
    });
    async function* rows() {
      for await (const document of services.approvalDocuments.iterateDeleted(company.id, filter)) {
        yield toRow(document, company.language, company.timeZone);
      }
    }
    const fileName = 'doc_list.xlsx';
    setDownloadHeaders(res, fileName, XLSX_TYPE);
    const result = await writeXlsx(
      res,
      {
        name: t(company.language, 'deletedDocuments.sheetName'),
        columns: COLUMNS.map((column) => ({ ...column, header: t(company.language, column.label) })),
      },
      rows(),
      { signal: abort.signal, maxRowsPerSheet: config.xlsxMaxRowsPerSheet },
    );
    await services.auditLog.record(
      company.id,
      actorOf(principal),
      { action: 'approval_documents.downloaded', targetType: 'file', targetId: fileName, details: { filter: link.params, rows: result.rows } },
      { ip: req.ip ?? '', userAgent: req.get('user-agent') ?? null },
    );
  };
}
