import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DateTime } from 'luxon';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type DataExportItem, type LabelKey, type Service, t } from '@warden/shared';
import { FileNotFoundError, type FileStorage } from '../../core/files/storage/file-storage';
import { chooseCompression } from '../../core/files/zip/entry-names';
import { type XlsxCellValue, type XlsxColumn, writeXlsx } from '../../core/files/xlsx/xlsx-writer';
import { missingFileFailure } from '../data-exports/data-export-failure';
import type { ExportEntry, ExportPlanContext, ExportSourceContext } from '../data-exports/sources/export-source';
import type { StoredFile } from '../stored-files/stored-file.entity';
import { StoredFilesService } from '../stored-files/stored-files.service';

/** Rows read per query when a source walks its table: bounded memory at any company size. */
export const EXPORT_PAGE_SIZE = 500;

// Characters Windows, macOS or zip tools refuse or misread in a name, controls, and bidi controls
// (U+202E makes `txt.exe` read as `exe.txt`). The same set the archive's entry namer replaces.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029/\\:*?"<>|]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
/** ext4 and APFS allow 255 bytes per name; the archive's entry namer cuts at 240. */
const MAX_NAME_BYTES = 240;

/**
 * A file or folder name made from data (a title, a person's name, an uploaded file's name): NFC,
 * unsafe characters become `_`, whitespace runs one space, no leading/trailing dots or spaces, no
 * Windows device names, at most `max` characters and 240 UTF-8 bytes, keeping a short extension.
 * The archive's entry namer applies the same rules, so it leaves these names as they are — which
 * matters where a source links to its own files (the images and attachments of a notice page).
 */
export function safeName(text: string, max = 80): string {
  // NFC: names uploaded from macOS arrive decomposed.
  let name = text.normalize('NFC').replace(/[\t\n\r]/g, ' ').replace(UNSAFE_IN_NAME, '_').replace(/\s+/g, ' ').trim().replace(/^[.\s]+|[.\s]+$/g, '');
  if (name === '') return '_';
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  const fits = (candidate: string) => Array.from(candidate).length <= max && Buffer.byteLength(candidate, 'utf8') <= MAX_NAME_BYTES;
  if (fits(name)) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  const chars = Array.from(extension ? name.slice(0, dot) : name);
  let length = chars.length;
  while (length > 1 && !fits(chars.slice(0, length).join('') + extension)) length -= 1;
  return (chars.slice(0, length).join('').replace(/[.\s]+$/, '') || '_') + extension;
}

/** Gives `name`, then `name (2)`, `name (3)`, … (before the extension) for repeats within one folder. */
export class UniqueNames {
  private readonly used = new Set<string>();

  take(name: string): string {
    const extension = path.extname(name);
    const stem = name.slice(0, name.length - extension.length);
    let candidate = name;
    // Case-insensitive: Windows and macOS would otherwise overwrite one file with the other on extraction.
    for (let counter = 2; this.used.has(candidate.toLowerCase()); counter += 1) candidate = `${stem} (${counter})${extension}`;
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}

/**
 * Walks a table page by page in `(first, second)` order, each page starting after the last row of the
 * previous one (keyset pagination: no OFFSET, bounded memory at any size). `query` builds a fresh query
 * with its conditions on alias `alias`; `second` must make the order total (an id or a unique number).
 */
export async function* keysetPages<T extends ObjectLiteral>(
  query: () => SelectQueryBuilder<T>,
  alias: string,
  [first, second]: readonly [keyof T & string, keyof T & string],
  signal?: AbortSignal,
): AsyncGenerator<T[]> {
  let last: T | null = null;
  for (;;) {
    signal?.throwIfAborted();
    const page = query().orderBy(`${alias}.${first}`, 'ASC').addOrderBy(`${alias}.${second}`, 'ASC').limit(EXPORT_PAGE_SIZE);
    if (last) {
      page.andWhere(`(${alias}.${first} > :afterFirst OR (${alias}.${first} = :afterFirst AND ${alias}.${second} > :afterSecond))`, {
        afterFirst: last[first],
        afterSecond: last[second],
      });
    }
    const rows = await page.getMany();
    if (rows.length > 0) yield rows;
    if (rows.length < EXPORT_PAGE_SIZE) return;
    last = rows[rows.length - 1];
  }
}

/** Limits `column` (an instant) to the export's period; an open end adds no condition. */
export function withinPeriod<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, ctx: Pick<ExportPlanContext, 'period'>): SelectQueryBuilder<T> {
  if (ctx.period.from) query.andWhere(`${column} >= :from`, { from: ctx.period.from });
  if (ctx.period.to) query.andWhere(`${column} <= :to`, { to: ctx.period.to });
  return query;
}

/** `['2026', '03', '14']` for an instant (in the company zone) or a `YYYY-MM-DD` calendar day. */
export function dateFolders(value: Date | string, timeZone: string): string[] {
  const day = typeof value === 'string' ? value : DateTime.fromJSDate(value, { zone: timeZone }).toISODate()!;
  return day.split('-');
}

/** The period's ends as calendar days in the company zone, for columns that hold a day (slip dates). */
export function periodDays(ctx: Pick<ExportSourceContext, 'period' | 'timeZone'>): { fromDay: string | null; toDay: string | null } {
  const day = (date: Date | null) => (date ? DateTime.fromJSDate(date, { zone: ctx.timeZone }).toISODate() : null);
  return { fromDay: day(ctx.period.from), toDay: day(ctx.period.to) };
}

/** The service's folder and the item's folder, in the company language. */
export function itemFolder(ctx: ExportSourceContext, service: Service, itemLabel: LabelKey): string[] {
  return [t(ctx.language, `service.${service}` as LabelKey), t(ctx.language, itemLabel)];
}

/**
 * Media types whose bytes are already compressed: deflating them again costs CPU (the export's
 * throughput, R43) and saves nothing. Decided by the stored MIME type first, because an upload's
 * name often has an unknown or no extension (`scan`, `IMG_0001.heic2`, `report.dat`) while its type
 * was recorded when it was uploaded.
 */
const COMPRESSED_MEDIA_TYPE = new RegExp(
  [
    // Images, video and audio are compressed — except the raw or textual ones below.
    '^(image|video|audio)/',
    '^application/(pdf|zip|x-zip-compressed|gzip|x-gzip|x-7z-compressed|x-rar-compressed|vnd\\.rar|x-bzip2|x-xz|zstd|x-lz4|vnd\\.ms-cab-compressed|java-archive|epub\\+zip|vnd\\.android\\.package-archive)$',
    // OOXML (docx, xlsx, pptx and the macro-enabled variants) and OpenDocument are zip files.
    '^application/vnd\\.openxmlformats-officedocument\\.',
    '^application/vnd\\.ms-[a-z]+\\.[a-z.]*macroenabled\\.12$',
    '^application/vnd\\.oasis\\.opendocument\\.',
    // Hancom: HWP 5 keeps its streams deflated, HWPX is a zip.
    '^application/(x-hwp|haansofthwp|vnd\\.hancom\\.hwpx?|hwp\\+zip)$',
    '^font/(woff2?)$',
  ].join('|'),
);
/** Within those families, types that are raw or text and do shrink. */
const COMPRESSIBLE_MEDIA_TYPE = /^(image\/(svg\+xml|bmp|x-bmp|x-ms-bmp|x-portable-[a-z]+|x-xbitmap|x-xpixmap)|audio\/(wav|wave|x-wav|x-aiff|aiff|basic))$/;
/** Types that say nothing about the bytes: the extension decides then. */
const UNKNOWN_MEDIA_TYPE = /^(|application\/octet-stream|application\/x-download|binary\/octet-stream|application\/unknown)$/;

/**
 * STORE for content that is already compressed, DEFLATE otherwise: by the stored MIME type, and by
 * the file name's extension only when the type is missing or generic (`application/octet-stream`).
 */
export function compressionFor(contentType: string | null | undefined, name: string): 'STORE' | 'DEFLATE' {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (UNKNOWN_MEDIA_TYPE.test(type)) return chooseCompression(name);
  return COMPRESSED_MEDIA_TYPE.test(type) && !COMPRESSIBLE_MEDIA_TYPE.test(type) ? 'STORE' : 'DEFLATE';
}

/** The file names of a record's attachments as one list cell (one per line), or an empty cell. */
export function fileNamesCell(names: readonly string[]): string | null {
  return names.join('\n') || null;
}

/** The record a stored file belongs to, as a failure reason names it: the item and e.g. the slip number. */
export interface ExportFileOwner {
  readonly item: DataExportItem;
  /** How people know the record: a number, a name, a title (shown as is in any language). */
  readonly document: string;
}

/**
 * An archive entry for an uploaded file. The size comes from its row; the bytes are opened only when
 * the zip writer reaches the entry. A missing file fails the export with MISSING_FILE naming the
 * record and the file (R45).
 */
export function storedFileEntry(
  files: FileStorage,
  file: Pick<StoredFile, 'companyId' | 'id' | 'size' | 'contentType' | 'originalName'>,
  entryPath: string[], owner: ExportFileOwner): ExportEntry {
  return {
    path: entryPath,
    size: file.size,
    compression: compressionFor(file.contentType, file.originalName),
    async open(): Promise<Readable> {
      try {
        return await files.get(StoredFilesService.keyOf(file.companyId, file.id));
      } catch (error) {
        if (error instanceof FileNotFoundError) throw missingFileFailure(owner.item, owner.document, file.originalName);
        throw error;
      }
    },
  };
}

/**
 * An entry for a file the source generated in its work directory. The file is deleted as soon as the
 * zip writer has read it, so the work directory holds only the files planned but not yet written,
 * not every generated file of the export.
 */
export async function generatedFileEntry(file: string, entryPath: string[], compression: 'STORE' | 'DEFLATE'): Promise<ExportEntry> {
  const { size } = await fs.promises.stat(file);
  return {
    path: entryPath,
    size,
    compression,
    open: () => {
      const stream = fs.createReadStream(file);
      stream.once('close', () => fs.rm(file, { force: true }, () => undefined));
      return stream;
    },
  };
}

/** A new file name in the work directory (sources share it, so names are random). */
export function workFile(ctx: ExportSourceContext, extension: string): string {
  return path.join(ctx.workDir, `${randomBytes(8).toString('hex')}${extension}`);
}

/** Writes one list (xlsx, through the shared formula-safe writer) into the work directory and returns its entry. */
export async function xlsxEntry(
  ctx: ExportSourceContext,
  entryPath: string[],
  sheet: { name: string; columns: readonly XlsxColumn[] },
  rows: AsyncIterable<readonly XlsxCellValue[]>,
): Promise<ExportEntry> {
  const file = workFile(ctx, '.xlsx');
  await writeXlsx(fs.createWriteStream(file), sheet, rows, { signal: ctx.signal });
  // xlsx is a zip already: storing it again is as small and much faster than deflating it.
  return generatedFileEntry(file, entryPath, 'STORE');
}

/** A list column: its header as a label, shown in the company language. */
export interface ListColumn {
  readonly label: LabelKey;
  readonly width?: number;
  readonly kind?: XlsxColumn['kind'];
}

/** An item's list, `<folder>/<item name>.xlsx`: one sheet named after the item, headers in the company language. */
export function listEntry(
  ctx: ExportSourceContext,
  folder: readonly string[],
  item: DataExportItem,
  columns: readonly ListColumn[],
  rows: AsyncIterable<readonly XlsxCellValue[]>,
): Promise<ExportEntry> {
  const label = t(ctx.language, `dataExport.item.${item}` as LabelKey);
  const sheet = { name: label, columns: columns.map(({ label: key, ...rest }) => ({ header: t(ctx.language, key), ...rest })) };
  return xlsxEntry(ctx, [...folder, `${safeName(label)}.xlsx`], sheet, rows);
}
