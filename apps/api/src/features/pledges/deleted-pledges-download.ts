import { type LabelKey, t } from '@warden/shared';
import type { AppConfig } from '../../config/app-config';
import type { DownloadHandler } from '../../core/downloads/downloads';
import { setDownloadHeaders } from '../../core/downloads/downloads';
import { type XlsxCellValue, writeXlsx } from '../../core/files/xlsx/xlsx-writer';
import type { Services } from '../../core/services';
import { formatInZone } from '../../core/time/zoned-time';
import { actorOf } from '../audit-log/audit-log.service';
import type { Pledge } from './pledge.entity';
import type { DeletedPledgeFilter } from './pledges.inputs';

export const DELETED_PLEDGES_XLSX = 'deleted-pledges.xlsx';
import { XLSX_TYPE } from '../approval-documents/deleted-approval-documents-download';

/** A deletion-status filter as stored with a download link (JSON: dates as ISO strings). */
export function deletedPledgeFilterToParams(filter: DeletedPledgeFilter): Record<string, unknown> {
  return {
    deletedFrom: filter.deletedFrom ? filter.deletedFrom.toISOString() : null,
    deletedTo: filter.deletedTo ? filter.deletedTo.toISOString() : null,
    name: filter.name ?? null,
    deletedBy: filter.deletedBy ?? null,
  };
}

function paramsToFilter(params: Record<string, unknown>): DeletedPledgeFilter {
  return {
    deletedFrom: params.deletedFrom ? new Date(params.deletedFrom as string) : null,
    deletedTo: params.deletedTo ? new Date(params.deletedTo as string) : null,
    name: (params.name as string | null) ?? null,
    deletedBy: (params.deletedBy as string | null) ?? null,
  };
}

const COLUMNS: Array<{ label: LabelKey; kind?: 'text' | 'date-text'; width?: number }> = [
  { label: 'deletedPledges.column.pledgeNumber', width: 22 },
  { label: 'deletedPledges.column.name', width: 40 },
  { label: 'deletedPledges.column.signer', width: 16 },
  { label: 'deletedPledges.column.signedAt', kind: 'date-text' },
  { label: 'deletedDocuments.column.attachments', width: 40 },
  { label: 'deletedDocuments.column.deletedAt', kind: 'date-text' },
  { label: 'deletedDocuments.column.deletedBy', width: 16 },
];

/** One row: times in the company zone with the offset (R62), headers in its language (R63). */
function toRow(pledge: Pledge, timeZone: string): XlsxCellValue[] {
  return [
    pledge.pledgeNumber,
    pledge.name,
    pledge.signerName,
    formatInZone(pledge.signedAt, timeZone),
    pledge.attachments.map((attachment) => attachment.name).join('\n') || null,
    pledge.deletedAt ? formatInZone(pledge.deletedAt, timeZone) : null,
    pledge.deletedByName,
  ];
}

/**
 * Streams `pledge_list.xlsx` (R53): the deleted pledges matching the search, newest deletion first,
 * through the same streaming writer as the login-status download (formula-safe cells). Audited.
 */
export function deletedPledgesDownload(services: Services, config: AppConfig): DownloadHandler {
  return async ({ link, principal, req, res }) => {
    const company = await services.companies.get(link.companyId);
    const filter = paramsToFilter(link.params);
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort(new Error('the client went away'));
    });
    async function* rows() {
      for await (const pledge of services.pledges.iterateDeleted(company.id, filter)) {
        yield toRow(pledge, company.timeZone);
      }
    }
    const fileName = 'pledge_list.xlsx';
    setDownloadHeaders(res, fileName, XLSX_TYPE);
    const result = await writeXlsx(
      res,
      {
        name: t(company.language, 'deletedPledges.sheetName'),
        columns: COLUMNS.map((column) => ({ ...column, header: t(company.language, column.label) })),
      },
      rows(),
      { signal: abort.signal, maxRowsPerSheet: config.xlsxMaxRowsPerSheet },
    );
    await services.auditLog.record(
      company.id,
      actorOf(principal),
      { action: 'pledges.downloaded', targetType: 'file', targetId: fileName, details: { filter: link.params, rows: result.rows } },
      { ip: req.ip ?? '', userAgent: req.get('user-agent') ?? null },
    );
  };
}
