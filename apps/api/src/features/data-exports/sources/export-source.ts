import type { Readable } from 'node:stream';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { DataExportItem, Language } from '@warden/shared';
import { StoredFile } from '../../stored-files/stored-file.entity';

/**
 * What a source is told about the export it contributes to. Everything a source reads is scoped by
 * `companyId` (R1) and limited to what existed at `snapshotAt`, so a build started later (a retry after a
 * crash) produces the same archive as the first attempt would have.
 */
export interface ExportSourceContext {
  readonly companyId: string;
  /** The company language: folder names, list headers and generated documents use it (R63). */
  readonly language: Language;
  /** IANA zone of the company: date folders (`YYYY/MM/DD`) and dates inside files use it (R62). */
  readonly timeZone: string;
  /**
   * Creation-date (slips: slip-date) window. Both ends are instants already derived from inclusive days in
   * the company zone (`from` = start of the first day, `to` = end of the last day); null = unbounded.
   */
  readonly period: { readonly from: Date | null; readonly to: Date | null };
  /** Whether the requester left the item's "Include attachments" switch on. */
  readonly includeAttachments: boolean;
  /** Request time: only rows created at/before it and not deleted at/before it are exported. */
  readonly snapshotAt: Date;
  /** A private temp directory for generated files (xlsx, pdf, html); removed by the build when it ends. */
  readonly workDir: string;
  /** Aborted when the export is canceled, times out or the build loses its fencing token. */
  readonly signal: AbortSignal;
}

/** One file of the archive. */
export interface ExportEntry {
  /**
   * Folder segments in the company language followed by the file name, starting with the service folder
   * (`t(language, 'service.APPROVAL')`), e.g. `['전자결재', '결재 문서', '2026', '03', '14', 'A-2026-0001.pdf']`.
   * (The build adds the service folder when a path does not start with it.) The zip writer sanitises and
   * de-duplicates every name, so a source passes stored names as they are.
   */
  readonly path: readonly string[];
  /** Exact byte size: the zip writer decides part boundaries before it opens the file. */
  readonly size: number;
  /** Opened only when the entry is written, so at most one file per build is open at a time. */
  open(): Readable | Promise<Readable>;
  /** STORE for already-compressed content (pdf, png, gif, jpeg, xlsx, zip); DEFLATE for text. Default: chosen by the file extension. */
  readonly compression?: 'STORE' | 'DEFLATE';
}

/** Produces the files of one export item. */
export interface ExportItemSource {
  readonly item: DataExportItem;
  /** How many entries `entries` will yield (roughly is fine): drives the progress display. */
  count(ctx: ExportSourceContext): Promise<number>;
  /**
   * The entries in archive order. Generated files are written into `ctx.workDir` first (so their size is
   * known) and then yielded. Throw an Error whose message names the record (e.g. the document number)
   * when a stored file is missing: the export then fails with that message as its reason.
   */
  entries(ctx: ExportSourceContext): AsyncIterable<ExportEntry>;
  /**
   * The largest stored file `entries` would yield (same snapshot, period and attachment rules), or null
   * when it yields none. `requestDataExport` refuses a split size this file cannot fit (R44: no part above
   * the split size), before anything is stored. Omitted by sources that only generate files (lists).
   */
  largestFile?(ctx: ExportPlanContext): Promise<LargestExportFile | null>;
}

/** What `largestFile` is told: the context of a build that has not started (no work folder, nothing to abort). */
export type ExportPlanContext = Omit<ExportSourceContext, 'workDir' | 'signal'>;

/** A stored file as the refusal names it. */
export interface LargestExportFile {
  /** The file's name as stored (the uploaded name). */
  readonly name: string;
  /** Its record as people know it: a document or slip number, an employee's name, a notice title. */
  readonly document: string;
  readonly bytes: number;
}

/** The largest of a source's candidates: raw rows `{ name, document, bytes }` (bytes may be a string on MariaDB). */
function largestOf(row: { name?: unknown; document?: unknown; bytes?: unknown } | undefined | null): LargestExportFile | null {
  if (!row || row.bytes === null || row.bytes === undefined) return null;
  return { name: String(row.name ?? ''), document: String(row.document ?? ''), bytes: Number(row.bytes) };
}

/**
 * The largest stored file behind the file links (alias `columns.link`, with `fileId` and `companyId`) a
 * source's query selects, joined as `f`; `name` and `document` are the columns that name it for people.
 */
export async function largestLinkedFile<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: { readonly link: string; readonly name: string; readonly document: string },
): Promise<LargestExportFile | null> {
  const row = await query
    .innerJoin(StoredFile, 'f', `f.id = ${columns.link}.fileId AND f.companyId = ${columns.link}.companyId`)
    .select('f.size', 'bytes')
    .addSelect(columns.name, 'name')
    .addSelect(columns.document, 'document')
    .orderBy('f.size', 'DESC')
    .limit(1)
    .getRawOne<Record<string, unknown>>();
  return largestOf(row);
}
