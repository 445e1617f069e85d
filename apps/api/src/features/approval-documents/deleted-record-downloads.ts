/**
 * What the deletion-status downloads of approval documents and pledges share (R53, R54): the
 * filter as stored with a link, the streamed Excel list and the streamed PDF of one record, each
 * audited after it was sent.
 */
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type LabelKey, t } from '@warden/shared';
import type { AppConfig } from '../../config/app-config';
import type { DownloadHandler } from '../../core/downloads/downloads';
import { setDownloadHeaders } from '../../core/downloads/downloads';
import { type XlsxCellValue, type XlsxColumn, writeXlsx } from '../../core/files/xlsx/xlsx-writer';
import type { Services } from '../../core/services';
import { type AuditEntry, actorOf } from '../audit-log/audit-log.service';
import type { Company } from '../companies/company.entity';
import type { DeletionSearch } from './deletion-list';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A deletion-status filter as stored with a download link (JSON: dates as ISO strings); `textField` is the page's own search. */
export function deletionSearchToParams(filter: DeletionSearch, textField: string, text: string | null | undefined): Record<string, unknown> {
  return {
    deletedFrom: filter.deletedFrom ? filter.deletedFrom.toISOString() : null,
    deletedTo: filter.deletedTo ? filter.deletedTo.toISOString() : null,
    [textField]: text ?? null,
    deletedBy: filter.deletedBy ?? null,
  };
}

/** The filter `deletionSearchToParams` stored. */
export function deletionSearchOfParams<K extends string>(params: Record<string, unknown>, textField: K): DeletionSearch & Record<K, string | null> {
  return {
    deletedFrom: params.deletedFrom ? new Date(params.deletedFrom as string) : null,
    deletedTo: params.deletedTo ? new Date(params.deletedTo as string) : null,
    [textField]: (params[textField] as string | null) ?? null,
    deletedBy: (params.deletedBy as string | null) ?? null,
  } as DeletionSearch & Record<K, string | null>;
}

/**
 * Streams a deletion-status list as `fileName` (R53): the rows `rows` yields for the link's filter,
 * through the same streaming writer as the login-status download (formula-safe cells), headers in
 * the company language. Audited as `action` with the filter and the row count.
 */
export function deletedListDownload(
  services: Services,
  config: AppConfig,
  spec: {
    fileName: string;
    sheetName: LabelKey;
    columns: ReadonlyArray<{ label: LabelKey; kind?: XlsxColumn['kind']; width?: number }>;
    action: string;
    rows: (company: Company, params: Record<string, unknown>) => AsyncIterable<XlsxCellValue[]>;
  },
): DownloadHandler {
  return async ({ link, principal, res, client, signal }) => {
    const company = await services.companies.get(link.companyId);
    setDownloadHeaders(res, spec.fileName, XLSX_TYPE);
    const result = await writeXlsx(
      res,
      {
        name: t(company.language, spec.sheetName),
        columns: spec.columns.map((column) => ({ ...column, header: t(company.language, column.label) })),
      },
      spec.rows(company, link.params),
      { signal, maxRowsPerSheet: config.xlsxMaxRowsPerSheet },
    );
    await services.auditLog.record(
      company.id,
      actorOf(principal),
      { action: spec.action, targetType: 'file', targetId: spec.fileName, details: { filter: link.params, rows: result.rows } },
      client,
    );
  };
}

/**
 * Streams one deleted record as a PDF (R54). The record is loaded again when the link is followed:
 * one deleted permanently (or restored) in the meantime is NOT_FOUND / BAD_USER_INPUT, not a stale
 * file. The PDF is rendered before any header is sent, so a failure is a clean error response.
 * Audited with the bytes sent.
 */
export function deletedPdfDownload<T>(
  services: Services,
  spec: {
    load: (company: Company, params: Record<string, unknown>) => Promise<T>;
    fileName: (record: T) => string;
    render: (record: T, company: Company) => Readable;
    audit: (record: T, sent: { fileName: string; bytes: number }) => AuditEntry;
  },
): DownloadHandler {
  return async ({ link, principal, res, client }) => {
    const company = await services.companies.get(link.companyId);
    const record = await spec.load(company, link.params);
    const fileName = spec.fileName(record);
    const pdf = spec.render(record, company);
    setDownloadHeaders(res, fileName, 'application/pdf');
    let bytes = 0;
    pdf.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    await pipeline(pdf, res);
    await services.auditLog.record(company.id, actorOf(principal), spec.audit(record, { fileName, bytes }), client);
  };
}
