import type { ValueTransformer } from 'typeorm';
import { DATA_EXPORT_ITEMS, DataExportFailureCode, type DataExportItem, type Language, t } from '@warden/shared';

/** Longest text a stored parameter keeps: the column holds the whole reason in 1,000 characters. */
const MAX_PARAM_CHARS = 200;

/** Why an export failed, as stored: a code and its parameters, rendered in the company language when read (R63). */
export interface DataExportFailure {
  readonly code: DataExportFailureCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * A build failure the admin can act on. Sources throw it (e.g. `missingFileFailure`) instead of an
 * English sentence; anything else that ends a build becomes INTERNAL with an error id for the log.
 */
export class DataExportFailureError extends Error {
  override name = 'DataExportFailureError';
  constructor(readonly failure: DataExportFailure) {
    super(`data export failed: ${failure.code} ${JSON.stringify(failure.params)}`);
  }
}

/** A stored file a record lists is gone from the file storage. `document`: the record as people know it (number, name). */
export function missingFileFailure(item: DataExportItem, document: string, file: string): DataExportFailureError {
  return new DataExportFailureError({ code: DataExportFailureCode.MISSING_FILE, params: { item, document, file } });
}

/**
 * How the failure reads in a language. Items and sizes are rendered here, not when stored, so the
 * reason follows the company language even when it changes later.
 */
export function renderDataExportFailure(failure: DataExportFailure, language: Language): string {
  const params: Record<string, string | number> = { ...failure.params };
  if (typeof params.item === 'string' && (DATA_EXPORT_ITEMS as readonly string[]).includes(params.item)) {
    params.item = t(language, `dataExport.item.${params.item as DataExportItem}`);
  }
  if (typeof params.bytes === 'number') params.size = formatBytes(params.bytes);
  if (typeof params.splitSize === 'number') params.splitSize = formatBytes(params.splitSize);
  return t(language, `dataExport.failure.${failure.code}`, params);
}

/**
 * The column keeps `{"code":…,"params":{…}}` in the existing `failure_reason` varchar (no schema change).
 * A reason written before codes existed (plain text) reads back as INTERNAL with that text, shown as is.
 */
export const dataExportFailureColumn: ValueTransformer = {
  to: (value: DataExportFailure | null | undefined) => (value ? serializeFailure(value) : value),
  from: (value: string | null | undefined): DataExportFailure | null => {
    if (!value) return null;
    try {
      const parsed = JSON.parse(value) as DataExportFailure;
      if (parsed && typeof parsed === 'object' && Object.hasOwn(DataExportFailureCode, parsed.code)) return { code: parsed.code, params: parsed.params ?? {} };
    } catch {
      // Plain text from before the codes: below.
    }
    return { code: DataExportFailureCode.INTERNAL, params: { legacyText: value } };
  },
};

function serializeFailure(failure: DataExportFailure): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(failure.params)) {
    params[key] = typeof value === 'string' && value.length > MAX_PARAM_CHARS ? `${value.slice(0, MAX_PARAM_CHARS - 1)}…` : value;
  }
  return JSON.stringify({ code: failure.code, params });
}

/** The reason as the API shows it (`DataExport.failureReason`). */
export function failureReasonText(failure: DataExportFailure | null, language: Language): string | null {
  if (!failure) return null;
  if (typeof failure.params.legacyText === 'string') return failure.params.legacyText;
  return renderDataExportFailure(failure, language);
}

/** Decimal units, as the split sizes are offered (500 MB, 1 GB…). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
