import fs from 'node:fs/promises';
import path from 'node:path';
import { type DataSource, In, LessThanOrEqual } from 'typeorm';
import {
  DATA_EXPORT_ITEMS,
  DATA_EXPORT_SPLIT_SIZES,
  DATA_EXPORT_SPLIT_SIZE_BYTES,
  DATA_EXPORT_ITEMS_WITH_ATTACHMENTS,
  DATA_EXPORT_ITEM_SERVICE,
  type DataExportItem,
  type DataExportSplitSize,
  DataExportStatus,
  type Language,
  SERVICES,
  Service,
} from '@warden/shared';
import type { AppConfig } from '../../config/app-config';
import type { Clock } from '../../core/clock/clock';
import { isUniqueViolation } from '../../core/database/sql-dialect';
import { BadUserInputError, NotFoundError } from '../../core/graphql/errors';
import type { Principal } from '../../core/graphql/principal';
import type { JobQueue } from '../../core/jobs/job-queue';
import { JobName } from '../../core/jobs/job-names';
import type { Logger } from '../../core/logging/logger';
import { compactMinuteInZone } from '../../core/time/zoned-time';
import { type AuditLogService, SYSTEM_ACTOR, actorOf } from '../audit-log/audit-log.service';
import type { CompaniesService } from '../companies/companies.service';
import { DataExportDownload } from './data-export-download.entity';
import { DataExportPart } from './data-export-part.entity';
import { DataExport, type DataExportItemChoice } from './data-export.entity';
import { ExportAlreadyActiveError, ExportCancelWindowClosedError, ExportNotCancelableError } from './data-exports.errors';
import { parseCalendarDay } from './data-exports.types';
import { fitsInZipPart } from '../../core/files/zip/zip-archive-writer';
import { periodInstants } from './data-export-builder';
import { formatBytes } from './data-export-failure';
import type { ExportItemSource, LargestExportFile } from './sources/export-source';

/** R47: a request can be canceled for 7 days after it was made. */
export const CANCEL_WINDOW_MS = 7 * 86_400_000;
export const TASK_NAME_MAX = 100;
const DAY_MS = 86_400_000;

type Client = { ip: string | null; userAgent: string | null };

export interface RequestDataExportCommand {
  taskName: string;
  items: DataExportItemChoice[];
  periodFrom?: string | null;
  periodTo?: string | null;
  splitSize: DataExportSplitSize;
}

/** A request with its parts and downloads, as the history shows it. */
export interface DataExportDetails {
  row: DataExport;
  parts: DataExportPart[];
  downloads: DataExportDownload[];
  canCancel: boolean;
  /** The company language: the failure reason is rendered in it (R63). */
  language: Language;
}

interface Deps {
  auditLog: AuditLogService;
  companies: CompaniesService;
  jobs: JobQueue;
  sources: ReadonlyMap<DataExportItem, ExportItemSource>;
}

/**
 * Data exports (R40–R49): the catalog, requests (one active per company, enforced by a UNIQUE index),
 * the history, cancel, the end of the cancel window, expiry and the files on disk. Every call takes the
 * caller's company first; the build itself is in DataExportBuilder.
 */
export class DataExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly config: AppConfig,
    private readonly deps: Deps,
  ) {}

  get sources(): ReadonlyMap<DataExportItem, ExportItemSource> {
    return this.deps.sources;
  }

  /** The folder of one export's files: `<exportsDir>/<companyId>/<exportId>` (ids only, never user text). */
  exportDir(companyId: string, exportId: string): string {
    return path.join(this.config.exportsDir, companyId, exportId);
  }

  /** The folder the zip writer publishes a completed export's parts into (one atomic rename). */
  publishDir(companyId: string, exportId: string): string {
    return path.join(this.exportDir(companyId, exportId), 'files');
  }

  /** Where a published part lives. */
  partPath(row: DataExport, fileName: string): string {
    return path.join(this.publishDir(row.companyId, row.id), fileName);
  }

  /** Subscribed services (Security is Warden itself) and their items that have a registered source (R40). */
  async catalog(companyId: string): Promise<Array<{ service: Service; items: Array<{ item: DataExportItem; attachmentsAvailable: boolean }> }>> {
    const company = await this.deps.companies.get(companyId);
    return SERVICES.filter((service) => service !== Service.SECURITY && company.subscribedServices.includes(service))
      .map((service) => ({
        service,
        items: DATA_EXPORT_ITEMS.filter((item) => DATA_EXPORT_ITEM_SERVICE[item] === service && this.deps.sources.has(item)).map((item) => ({
          item,
          attachmentsAvailable: DATA_EXPORT_ITEMS_WITH_ATTACHMENTS.includes(item),
        })),
      }))
      .filter((entry) => entry.items.length > 0);
  }

  /**
   * R41, R42: validates, then inserts the request as active. Two requests at once both try the
   * insert; the UNIQUE index on active_company_id lets exactly one through and the others get
   * EXPORT_ALREADY_ACTIVE. Audited in the same transaction; the build job and the job that closes
   * the cancel window are queued after the commit.
   */
  async request(companyId: string, principal: Principal, input: RequestDataExportCommand, client: Client): Promise<DataExport> {
    const company = await this.deps.companies.get(companyId);
    const taskName = (input.taskName ?? '').trim();
    if (!taskName) throw new BadUserInputError('taskName is required.', { field: 'taskName' });
    if ([...taskName].length > TASK_NAME_MAX) throw new BadUserInputError(`taskName may be at most ${TASK_NAME_MAX} characters.`, { field: 'taskName' });
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(taskName)) throw new BadUserInputError('taskName may not contain control characters.', { field: 'taskName' });
    if (!Array.isArray(input.items) || input.items.length === 0) throw new BadUserInputError('Choose at least one item.', { field: 'items' });
    const catalog = await this.catalog(companyId);
    const offered = new Map(catalog.flatMap((entry) => entry.items.map((item) => [item.item, item] as const)));
    const seen = new Set<DataExportItem>();
    input.items.forEach((choice, index) => {
      const field = `items[${index}]`;
      if (seen.has(choice.item)) throw new BadUserInputError(`${choice.item} is chosen twice.`, { field: `${field}.item`, index });
      seen.add(choice.item);
      const entry = offered.get(choice.item);
      if (!entry) {
        throw new BadUserInputError(`${choice.item} cannot be exported: its service is not subscribed or not exportable.`, { field: `${field}.item`, index });
      }
      if (choice.includeAttachments && !entry.attachmentsAvailable) {
        throw new BadUserInputError(`${choice.item} has no attachments to include.`, { field: `${field}.includeAttachments`, index });
      }
    });
    const periodFrom = input.periodFrom ?? null;
    const periodTo = input.periodTo ?? null;
    if (periodFrom !== null && !parseCalendarDay(periodFrom)) throw new BadUserInputError('periodFrom must be a day as YYYY-MM-DD.', { field: 'periodFrom' });
    if (periodTo !== null && !parseCalendarDay(periodTo)) throw new BadUserInputError('periodTo must be a day as YYYY-MM-DD.', { field: 'periodTo' });
    if (periodFrom && periodTo && periodFrom > periodTo) throw new BadUserInputError('periodFrom must not be after periodTo.', { field: 'periodFrom' });

    const now = this.clock.now();
    await this.assertFilesFitSplitSize(companyId, company, input, seen, periodFrom, periodTo, now);
    // A completed export past its expiry whose expiry job has not run yet no longer counts as active
    // (R42, R48): end it first. The UNIQUE index below still decides between concurrent requests.
    const current = await this.dataSource.getRepository(DataExport).findOneBy({ activeCompanyId: companyId });
    if (current?.status === DataExportStatus.REQUEST_COMPLETED && current.expiresAt && current.expiresAt.getTime() <= now.getTime()) {
      await this.expire(current.id);
    }
    // Keep the catalog order so the archive and the history list items the same way every time.
    const items = DATA_EXPORT_ITEMS.filter((item) => seen.has(item)).map((item) => ({
      item,
      includeAttachments: Boolean(input.items.find((choice) => choice.item === item)!.includeAttachments),
    }));
    let saved: DataExport;
    try {
      saved = await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(DataExport);
        const row = await repository.save(
          repository.create({
            companyId,
            activeCompanyId: companyId,
            requestedByEmployeeId: principal.employeeId,
            requestedByName: principal.displayName.slice(0, 100),
            taskName,
            items,
            periodFrom,
            periodTo,
            splitSize: input.splitSize,
            status: DataExportStatus.PENDING,
            failure: null,
            fileBaseName: `${companyId}_${compactMinuteInZone(now, company.timeZone)}`,
            itemsDone: 0,
            itemsTotal: 0,
            bytesDone: 0,
            buildAttempt: 0,
            buildStartedAt: null,
            requestedAt: now,
            cancelableUntil: new Date(now.getTime() + CANCEL_WINDOW_MS),
            cancelWindowClosed: false,
            completedAt: null,
            expiresAt: null,
            endedAt: null,
            canceledByName: null,
          }),
        );
        await this.deps.auditLog.record(
          companyId,
          actorOf(principal),
          {
            action: 'data_export.requested',
            targetType: 'data_export',
            targetId: row.id,
            details: { taskName, items, periodFrom, periodTo, splitSize: input.splitSize },
          },
          client,
          manager,
        );
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ExportAlreadyActiveError();
      throw error;
    }
    // After the commit: on MariaDB the queue writes on its own connection, so a worker could
    // otherwise pick the job up before the row exists.
    await this.deps.jobs.enqueue(JobName.RunDataExport, { exportId: saved.id, companyId });
    await this.deps.jobs.enqueue(JobName.CloseDataExportCancelWindow, { exportId: saved.id, companyId }, { at: saved.cancelableUntil });
    return saved;
  }

  /**
   * R44, each part at most the split size: a single file cannot be split across parts, so a request
   * whose largest stored file (attachments only where included, photos, notice images — what the build
   * would read at this snapshot) does not fit a part is refused on `splitSize`, naming the file and the
   * smallest offered split size that fits (null when none does). Nothing is stored.
   */
  private async assertFilesFitSplitSize(
    companyId: string,
    company: { language: Language; timeZone: string },
    input: RequestDataExportCommand,
    chosen: ReadonlySet<DataExportItem>,
    periodFrom: string | null,
    periodTo: string | null,
    now: Date,
  ): Promise<void> {
    let largest: (LargestExportFile & { item: DataExportItem }) | null = null;
    for (const choice of input.items) {
      const source = this.deps.sources.get(choice.item);
      if (!source?.largestFile || !chosen.has(choice.item)) continue;
      const found = await source.largestFile({
        companyId,
        language: company.language,
        timeZone: company.timeZone,
        period: periodInstants(periodFrom, periodTo, company.timeZone),
        includeAttachments: Boolean(choice.includeAttachments),
        snapshotAt: now,
      });
      if (found && (!largest || found.bytes > largest.bytes)) largest = { ...found, item: choice.item };
    }
    if (!largest || fitsInZipPart(largest.bytes, this.splitBytes(input.splitSize))) return;
    const fitting = DATA_EXPORT_SPLIT_SIZES.find((size) => fitsInZipPart(largest.bytes, this.splitBytes(size))) ?? null;
    throw new BadUserInputError(
      `The file "${largest.name}" of ${largest.document} (${formatBytes(largest.bytes)}) is larger than a zip part of ${formatBytes(this.splitBytes(input.splitSize))}: ` +
        (fitting ? `choose ${fitting} or larger.` : 'no split size fits it (parts stay below 4 GB); leave out the item or its attachments.'),
      { field: 'splitSize', item: largest.item, document: largest.document, file: largest.name, bytes: largest.bytes, fittingSplitSize: fitting },
    );
  }

  /** Bytes of a split size as the build uses it (tests replace every size with EXPORT_SPLIT_BYTES_OVERRIDE). */
  private splitBytes(size: DataExportSplitSize): number {
    return this.config.exportSplitBytesOverride ?? DATA_EXPORT_SPLIT_SIZE_BYTES[size];
  }

  /** Whether the request can be canceled now (R47): pending or completed, and within 7 days of the request. */
  canCancel(row: DataExport, now: Date = this.clock.now()): boolean {
    return (
      (row.status === DataExportStatus.PENDING || row.status === DataExportStatus.REQUEST_COMPLETED) &&
      !row.cancelWindowClosed &&
      now.getTime() < row.cancelableUntil.getTime()
    );
  }

  /**
   * R47: cancels a pending or completed request within 7 days of it. A running build sees the status
   * change within about a second, stops, and deletes its temporary files; a completed export's files
   * are deleted here. Audited. The status change is a conditional UPDATE, so a build that completes
   * at the same moment either loses (and its files are deleted) or wins and is canceled after.
   */
  async cancel(companyId: string, principal: Principal, exportId: string, client: Client): Promise<DataExport> {
    for (let round = 0; round < 3; round += 1) {
      const row = await this.findOwn(companyId, exportId);
      if (row.status !== DataExportStatus.PENDING && row.status !== DataExportStatus.REQUEST_COMPLETED) throw new ExportNotCancelableError(row.status);
      const now = this.clock.now();
      if (!this.canCancel(row, now)) throw new ExportCancelWindowClosedError(row.cancelableUntil);
      const canceled = await this.dataSource.transaction(async (manager) => {
        const result = await manager
          .createQueryBuilder()
          .update(DataExport)
          .set({ status: DataExportStatus.CANCELED, activeCompanyId: null, endedAt: now, canceledByName: principal.displayName.slice(0, 100) })
          .where('id = :exportId AND company_id = :companyId AND status = :status', { exportId, companyId, status: row.status })
          .execute();
        if (!result.affected) return false;
        await this.deps.auditLog.record(
          companyId,
          actorOf(principal),
          { action: 'data_export.canceled', targetType: 'data_export', targetId: exportId, details: { taskName: row.taskName, statusBefore: row.status } },
          client,
          manager,
        );
        return true;
      });
      if (!canceled) continue; // The status moved under us (the build completed or failed): decide again.
      await this.deleteFiles(companyId, exportId);
      return this.findOwn(companyId, exportId);
    }
    throw new Error('the export kept changing while it was being canceled');
  }

  /** The job at the end of the cancel window (R47, R48): from now on the button is gone. Idempotent. */
  async closeCancelWindow(exportId: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(DataExport)
      .set({ cancelWindowClosed: true })
      .where('id = :exportId AND cancelable_until <= :now', { exportId, now: this.clock.now() })
      .execute();
  }

  /**
   * The expiry job (R48): a completed export past its expiry becomes EXPIRED (no more downloads, the
   * company may request again) and its files are deleted. Idempotent: a retry after the status changed
   * still deletes leftover files. Returns whether it expired the export now.
   */
  async expire(exportId: string): Promise<boolean> {
    const row = await this.dataSource.getRepository(DataExport).findOneBy({ id: exportId });
    if (!row) return false;
    if (row.status === DataExportStatus.EXPIRED || row.status === DataExportStatus.CANCELED) {
      await this.deleteFiles(row.companyId, row.id);
      return false;
    }
    const now = this.clock.now();
    if (row.status !== DataExportStatus.REQUEST_COMPLETED || !row.expiresAt || row.expiresAt.getTime() > now.getTime()) return false;
    const expired = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(DataExport)
        .set({ status: DataExportStatus.EXPIRED, activeCompanyId: null, endedAt: now })
        .where('id = :exportId AND status = :completed', { exportId, completed: DataExportStatus.REQUEST_COMPLETED })
        .execute();
      if (!result.affected) return false;
      await this.deps.auditLog.record(
        row.companyId,
        SYSTEM_ACTOR,
        { action: 'data_export.expired', targetType: 'data_export', targetId: exportId, details: { taskName: row.taskName, expiresAt: row.expiresAt!.toISOString() } },
        { ip: null, userAgent: null },
        manager,
      );
      return true;
    });
    await this.deleteFiles(row.companyId, row.id);
    if (expired) this.logger.info('data export expired', { companyId: row.companyId, exportId });
    return expired;
  }

  /**
   * The hourly safety net for lost or failed jobs: expires completed exports past their expiry, closes
   * cancel windows that ended, and queues the build again for pending exports that never started within
   * an hour or ran past the maximum build time (their run then fails them with that reason), so a lost
   * build job cannot keep a company's one active request forever. A duplicate build job is harmless:
   * runs are fenced. One export's failure does not stop the others.
   */
  async sweep(): Promise<{ expired: number; windowsClosed: number; requeued: number }> {
    const now = this.clock.now();
    const repository = this.dataSource.getRepository(DataExport);
    const stuck = await repository
      .createQueryBuilder('e')
      .select(['e.id', 'e.companyId'])
      .where('e.status = :pending', { pending: DataExportStatus.PENDING })
      .andWhere('((e.buildStartedAt IS NULL AND e.requestedAt <= :unstarted) OR e.buildStartedAt <= :overdue)', {
        unstarted: new Date(now.getTime() - 3_600_000),
        overdue: new Date(now.getTime() - this.config.exportMaxBuildMinutes * 60_000),
      })
      .take(500)
      .getMany();
    for (const row of stuck) await this.deps.jobs.enqueue(JobName.RunDataExport, { exportId: row.id, companyId: row.companyId });
    const due = await repository.find({
      select: { id: true },
      where: { status: DataExportStatus.REQUEST_COMPLETED, expiresAt: LessThanOrEqual(now) },
      take: 500,
    });
    let expired = 0;
    for (const { id } of due) {
      try {
        if (await this.expire(id)) expired += 1;
      } catch (error) {
        this.logger.error('data export sweep could not expire an export', { exportId: id, error });
      }
    }
    const closed = await this.dataSource
      .createQueryBuilder()
      .update(DataExport)
      .set({ cancelWindowClosed: true })
      .where('cancel_window_closed = :no AND cancelable_until <= :now', { no: false, now })
      .execute();
    return { expired, windowsClosed: closed.affected ?? 0, requeued: stuck.length };
  }

  /** One request of the caller's company; NOT_FOUND for another company's (R1). */
  async findOwn(companyId: string, exportId: string): Promise<DataExport> {
    const row = await this.ownRow(companyId, exportId);
    if (!row) throw new NotFoundError('The export');
    return row;
  }

  async details(companyId: string, exportId: string): Promise<DataExportDetails | null> {
    const row = await this.ownRow(companyId, exportId);
    return row ? (await this.hydrate([row]))[0] : null;
  }

  /** The request if it is the company's; an id that is not a UUID finds nothing without a query. */
  private async ownRow(companyId: string, exportId: string): Promise<DataExport | null> {
    return /^[0-9a-fA-F-]{36}$/.test(exportId) ? this.dataSource.getRepository(DataExport).findOneBy({ id: exportId, companyId }) : null;
  }

  /** The company's active request (pending or completed, not expired), if any (R42). */
  async active(companyId: string): Promise<DataExportDetails | null> {
    const row = await this.dataSource.getRepository(DataExport).findOneBy({ activeCompanyId: companyId });
    return row ? (await this.hydrate([row]))[0] : null;
  }

  /** Export history, newest first, by keyset on (requestedAt, id). */
  async history(companyId: string, page: { first: number; after: string | null }): Promise<{ entries: DataExportDetails[]; hasNextPage: boolean }> {
    const query = this.dataSource
      .getRepository(DataExport)
      .createQueryBuilder('e')
      .where('e.companyId = :companyId', { companyId })
      .orderBy('e.requestedAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(page.first + 1);
    if (page.after) {
      const [at, id] = decodeExportCursor(page.after);
      query.andWhere('(e.requestedAt < :cursorAt OR (e.requestedAt = :cursorAt AND e.id < :cursorId))', { cursorAt: at, cursorId: id });
    }
    const rows = await query.getMany();
    return { entries: await this.hydrate(rows.slice(0, page.first)), hasNextPage: rows.length > page.first };
  }

  /** Parts and downloads of several requests in two queries (not two per request). */
  private async hydrate(rows: DataExport[]): Promise<DataExportDetails[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const parts = await this.dataSource.getRepository(DataExportPart).find({ where: { exportId: In(ids) }, order: { partNumber: 'ASC' } });
    const downloads = await this.dataSource
      .getRepository(DataExportDownload)
      .find({ where: { exportId: In(ids) }, order: { downloadedAt: 'DESC', id: 'DESC' } });
    const now = this.clock.now();
    // Every row of one call belongs to the caller's company.
    const { language } = await this.deps.companies.get(rows[0].companyId);
    return rows.map((row) => ({
      row,
      language,
      parts: parts.filter((part) => part.exportId === row.id),
      downloads: downloads.filter((download) => download.exportId === row.id),
      canCancel: this.canCancel(row, now),
    }));
  }

  /**
   * The part a download link may serve: the export must be the caller's company's, completed (not
   * expired, canceled or failed), and have that part (R45: never a partial or deleted file).
   */
  async downloadablePart(companyId: string, exportId: string, partNumber: number): Promise<{ row: DataExport; part: DataExportPart }> {
    const row = await this.findOwn(companyId, exportId);
    if (row.status !== DataExportStatus.REQUEST_COMPLETED) {
      throw new BadUserInputError(`Only completed exports can be downloaded; this one is ${row.status}.`, { field: 'exportId' });
    }
    if (row.expiresAt && row.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new BadUserInputError('This export has expired.', { field: 'exportId' });
    }
    const part = await this.dataSource.getRepository(DataExportPart).findOneBy({ exportId, companyId, partNumber });
    if (!part) throw new BadUserInputError(`This export has no part ${partNumber}.`, { field: 'partNumber' });
    return { row, part };
  }

  /** Records one download (R49) and audits it (R60), before any byte is sent. */
  async recordDownload(principal: Principal, row: DataExport, part: DataExportPart, client: Client): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(DataExportDownload);
      await repository.save(
        repository.create({
          exportId: row.id,
          companyId: row.companyId,
          partNumber: part.partNumber,
          fileName: part.fileName,
          employeeId: principal.employeeId,
          employeeName: principal.displayName.slice(0, 100),
          downloadedAt: this.clock.now(),
        }),
      );
      await this.deps.auditLog.record(
        row.companyId,
        actorOf(principal),
        { action: 'data_export.downloaded', targetType: 'data_export', targetId: row.id, details: { fileName: part.fileName, partNumber: part.partNumber, bytes: part.bytes } },
        client,
        manager,
      );
    });
  }

  /** Removes every file of an export (published parts and any build's leftovers). Missing is fine. */
  async deleteFiles(companyId: string, exportId: string): Promise<void> {
    await fs.rm(this.exportDir(companyId, exportId), { recursive: true, force: true, maxRetries: 3 });
  }

  /** Days a completed export stays downloadable. */
  get downloadMs(): number {
    return this.config.exportDownloadDays * DAY_MS;
  }
}

/** Cursor of a history row: `[requestedAt ms, id]` as base64url JSON. */
export function encodeExportCursor(row: { requestedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.requestedAt.getTime(), row.id])).toString('base64url');
}

function decodeExportCursor(cursor: string): [Date, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [number, string];
    if (typeof at !== 'number' || typeof id !== 'string' || !/^[0-9a-fA-F-]{36}$/.test(id)) throw new Error('shape');
    return [new Date(at), id];
  } catch {
    throw new BadUserInputError('after is not a cursor this API returned.', { field: 'after' });
  }
}
