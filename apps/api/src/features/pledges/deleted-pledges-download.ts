import type { LabelKey } from '@warden/shared';
import type { AppConfig } from '../../config/app-config';
import type { DownloadHandler } from '../../core/downloads/downloads';
import type { XlsxCellValue } from '../../core/files/xlsx/xlsx-writer';
import type { Services } from '../../core/services';
import { formatInZone } from '../../core/time/zoned-time';
import { deletedListDownload, deletionSearchOfParams, deletionSearchToParams } from '../approval-documents/deleted-record-downloads';
import type { Pledge } from './pledge.entity';
import type { DeletedPledgeFilter } from './pledges.inputs';

export const DELETED_PLEDGES_XLSX = 'deleted-pledges.xlsx';

/** A deletion-status filter as stored with a download link (JSON: dates as ISO strings). */
export function deletedPledgeFilterToParams(filter: DeletedPledgeFilter): Record<string, unknown> {
  return deletionSearchToParams(filter, 'name', filter.name);
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

/** Streams `pledge_list.xlsx` (R53): the deleted pledges matching the search, newest deletion first. Audited. */
export function deletedPledgesDownload(services: Services, config: AppConfig): DownloadHandler {
  return deletedListDownload(services, config, {
    fileName: 'pledge_list.xlsx',
    sheetName: 'deletedPledges.sheetName',
    columns: COLUMNS,
    action: 'pledges.downloaded',
    async *rows(company, params) {
      const filter: DeletedPledgeFilter = deletionSearchOfParams(params, 'name');
      for await (const pledge of services.pledges.iterateDeleted(company.id, filter)) {
        yield toRow(pledge, company.timeZone);
      }
    },
  });
}
