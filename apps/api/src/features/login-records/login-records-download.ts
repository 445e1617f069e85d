import { type LabelKey, type Language, type LoginEnvironment, type LoginResult, suspiciousReasonText, t } from '@warden/shared';
import type { DownloadHandler } from '../../core/downloads/downloads';
import { setDownloadHeaders } from '../../core/downloads/downloads';
import { type XlsxCellValue, writeXlsx } from '../../core/files/xlsx/xlsx-writer';
import { compactDateInZone, zonedTimestampFormatter } from '../../core/time/zoned-time';
import type { Services } from '../../core/services';
import type { AppConfig } from '../../config/app-config';
import { actorOf } from '../audit-log/audit-log.service';
import type { LoginRecordFilter } from './login-record-filter';
import type { LoginRecordRow } from './login-records.service';

export const LOGIN_RECORDS_DOWNLOAD = 'login-records.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The filter as stored with a download link (JSON: dates as ISO strings). */
export function filterToParams(filter: LoginRecordFilter): Record<string, unknown> {
  return {
    employee: filter.employee ?? null,
    environments: filter.environments ?? null,
    results: filter.results ?? null,
    suspiciousOnly: filter.suspiciousOnly ?? null,
    ip: filter.ip ?? null,
    from: filter.from ? filter.from.toISOString() : null,
    to: filter.to ? filter.to.toISOString() : null,
  };
}

function paramsToFilter(params: Record<string, unknown>): LoginRecordFilter {
  return {
    employee: (params.employee as string | null) ?? null,
    environments: (params.environments as LoginEnvironment[] | null) ?? null,
    results: (params.results as LoginResult[] | null) ?? null,
    suspiciousOnly: (params.suspiciousOnly as boolean | null) ?? null,
    ip: (params.ip as string | null) ?? null,
    from: params.from ? new Date(params.from as string) : null,
    to: params.to ? new Date(params.to as string) : null,
  };
}

const COLUMNS: Array<{ label: LabelKey; kind?: 'text' | 'date-text'; width?: number }> = [
  { label: 'loginRecords.column.time', kind: 'date-text' },
  { label: 'loginRecords.column.employee', width: 18 },
  { label: 'loginRecords.column.loginId', width: 30 },
  { label: 'loginRecords.column.result', width: 12 },
  { label: 'loginRecords.column.failureReason', width: 20 },
  { label: 'loginRecords.column.environment', width: 16 },
  { label: 'loginRecords.column.ip', width: 26 },
  { label: 'loginRecords.column.country', width: 8 },
  { label: 'loginRecords.column.userAgent', width: 50 },
  { label: 'loginRecords.column.suspicious', width: 50 },
  { label: 'loginRecords.column.review', width: 18 },
];

/** One spreadsheet row: every label in the company language, times in its zone with the offset (R62, R63). */
function toRow(record: LoginRecordRow, language: Language, formatTime: (date: Date) => string): XlsxCellValue[] {
  return [
    formatTime(record.occurredAt),
    record.employeeName,
    record.loginId,
    t(language, `loginResult.${record.suspicious ? 'SUSPICIOUS' : record.result}` as LabelKey),
    record.failureReason ? t(language, `loginFailureReason.${record.failureReason}` as LabelKey) : null,
    t(language, `loginEnvironment.${record.environment}` as LabelKey),
    record.ip,
    record.country,
    record.userAgent,
    record.suspiciousReasons?.map((reason) => `${t(language, `suspiciousRule.${reason.rule}` as LabelKey)}: ${suspiciousReasonText(language, reason)}`).join('\n') ?? null,
    record.reviewStatus ? t(language, `loginReview.${record.reviewStatus}` as LabelKey) : null,
  ];
}

/**
 * Streams `YYYYMMDD_LoginLog.xlsx` (R15): every matching record, read in keyset chunks and written
 * row by row, so memory stays flat at any size; past Excel's row limit the rows continue on a new
 * sheet. A failure mid-way cuts the response off (never a file that looks complete). Audited.
 */
export function loginRecordsDownload(services: Services, config: AppConfig): DownloadHandler {
  return async ({ link, principal, res, client, signal }) => {
    const company = await services.companies.get(link.companyId);
    const filter = paramsToFilter(link.params);
    const now = services.clock.now();
    const fileName = `${compactDateInZone(now, company.timeZone)}_LoginLog.xlsx`;

    const formatTime = zonedTimestampFormatter(company.timeZone);
    async function* rows() {
      for await (const record of services.loginRecords.iterate(company, filter)) {
        yield toRow(record, company.language, formatTime);
      }
    }
    setDownloadHeaders(res, fileName, XLSX_TYPE);
    const result = await writeXlsx(
      res,
      { name: t(company.language, 'loginRecords.sheetName'), columns: COLUMNS.map((column) => ({ ...column, header: t(company.language, column.label) })) },
      rows(),
      { signal, maxRowsPerSheet: config.xlsxMaxRowsPerSheet },
    );
    await services.auditLog.record(
      company.id,
      actorOf(principal),
      { action: 'login_records.downloaded', targetType: 'file', targetId: fileName, details: { filter: link.params, rows: result.rows, sheets: result.sheets } },
      client,
    );
  };
}
