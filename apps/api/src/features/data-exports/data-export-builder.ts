import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { DATA_EXPORT_ITEM_SERVICE, DATA_EXPORT_SPLIT_SIZE_BYTES, DataExportFailureCode, DataExportStatus, type Language, SECURITY_MENU_PATHS, t } from '@warden/shared';
import type { AppConfig } from '../../config/app-config';
import type { Clock } from '../../core/clock/clock';
import type { JobQueue } from '../../core/jobs/job-queue';
import { JobName } from '../../core/jobs/job-names';
import type { Logger } from '../../core/logging/logger';
import type { MailService } from '../../core/mail/mail.service';
import { formatInZone } from '../../core/time/zoned-time';
import { type AuditLogService, SYSTEM_ACTOR } from '../audit-log/audit-log.service';
import type { CompaniesService } from '../companies/companies.service';
import { Employee } from '../employees/employee.entity';
import { ZipArchiveWriter, ZipEntrySizeError, ZipEntryTooLargeError, ZipPublishFencedError } from '../../core/files/zip/zip-archive-writer';
import { type DataExportFailure, DataExportFailureError, formatBytes } from './data-export-failure';
import { DataExportPart } from './data-export-part.entity';
import { DataExport } from './data-export.entity';
import type { DataExportsService } from './data-exports.service';
import type { ExportEntry, ExportSourceContext } from './sources/export-source';

/** How often a running build renews its job lock, writes its progress and checks it may go on. */
export const BUILD_TICK_MS = 1_000;

/** Why a build stopped before its end. */
class BuildStopped extends Error {
  constructor(readonly kind: 'stopped' | 'timeout') {
    super(kind === 'timeout' ? 'the build ran past its maximum time' : 'the export was canceled or another run took it over');
    this.name = 'BuildStopped';
  }
}

interface Deps {
  dataExports: DataExportsService;
  companies: CompaniesService;
  auditLog: AuditLogService;
  mail: MailService;
  jobs: JobQueue;
}

export interface BuildHooks {
  /** Renews the job's lock so no other worker takes a healthy build over. */
  touch(): Promise<void>;
}

/**
 * Builds exports (R43–R46). A run claims the next build attempt with a conditional UPDATE; that number
 * is its fencing token. Every second it writes its progress with an UPDATE conditional on the token and
 * on the status still being PENDING: when that touches no row the export was canceled or a newer run
 * took over, and the build stops. It publishes only after checking the token again, into a folder of its
 * own attempt, and completes with a last conditional UPDATE — so a stale worker that wakes up can neither
 * overwrite the files of the run that replaced it nor mark anything completed.
 */
export class DataExportBuilder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly config: AppConfig,
    private readonly deps: Deps,
  ) {}

  /** Runs (or re-runs after a crash) the build of one export; a no-op unless it is PENDING. */
  async run(exportId: string, hooks: BuildHooks = { touch: async () => {} }): Promise<void> {
    const repository = this.dataSource.getRepository(DataExport);
    const found = await repository.findOneBy({ id: exportId });
    if (!found || found.status !== DataExportStatus.PENDING) return;
    const attempt = found.buildAttempt + 1;
    const startedAt = this.clock.now();
    const claim = await this.dataSource
      .createQueryBuilder()
      .update(DataExport)
      .set({ buildAttempt: attempt, buildStartedAt: found.buildStartedAt ?? startedAt, itemsDone: 0, bytesDone: 0 })
      .where('id = :exportId AND status = :pending AND build_attempt = :previous', {
        exportId,
        pending: DataExportStatus.PENDING,
        previous: found.buildAttempt,
      })
      .execute();
    if (!claim.affected) return; // Canceled, or another run claimed it a moment ago.
    const row = (await repository.findOneBy({ id: exportId }))!;
    const company = await this.deps.companies.get(row.companyId);
    const deadline = new Date(row.buildStartedAt!.getTime() + this.config.exportMaxBuildMinutes * 60_000);
    const exportDir = this.deps.dataExports.exportDir(row.companyId, row.id);
    const publishDir = this.deps.dataExports.publishDir(row.companyId, row.id);
    // Generated files of this run only; a retry never reads another run's half-written files.
    const workDir = path.join(exportDir, `.work-${attempt}`);
    this.logger.info('data export build started', { companyId: row.companyId, exportId, attempt });

    const controller = new AbortController();
    const progress = { itemsDone: 0, itemsTotal: 0, bytesDone: 0 };
    let ticking = false;
    const tick = async () => {
      if (ticking || controller.signal.aborted) return;
      ticking = true;
      try {
        await hooks.touch().catch((error: unknown) => this.logger.warn('data export could not renew its job lock', { exportId, error }));
        if (!(await this.writeProgress(exportId, attempt, progress))) controller.abort(new BuildStopped('stopped'));
        else if (this.clock.now().getTime() >= deadline.getTime()) controller.abort(new BuildStopped('timeout'));
      } catch (error) {
        this.logger.warn('data export progress write failed', { exportId, error });
      } finally {
        ticking = false;
      }
    };
    const timer = setInterval(() => void tick(), BUILD_TICK_MS);
    let archive: ZipArchiveWriter | null = null;
    try {
      if (startedAt.getTime() >= deadline.getTime()) throw new BuildStopped('timeout');
      // Nothing in the folder belongs to a committed result while the export is PENDING: leftovers of
      // earlier runs (a crashed worker's staging folder, work files, or parts it published before it
      // died and never committed) are removed so this run starts clean.
      await this.removeOtherRuns(exportDir, workDir);
      await fs.mkdir(workDir, { recursive: true });

      const contexts = row.items.map((choice) => ({
        choice,
        source: this.deps.dataExports.sources.get(choice.item),
        context: {
          companyId: row.companyId,
          language: company.language,
          timeZone: company.timeZone,
          period: periodInstants(row.periodFrom, row.periodTo, company.timeZone),
          includeAttachments: choice.includeAttachments,
          snapshotAt: row.requestedAt,
          workDir: path.join(workDir, choice.item),
          signal: controller.signal,
        } satisfies ExportSourceContext,
      }));
      for (const { choice, source, context } of contexts) {
        if (!source) throw new DataExportFailureError({ code: DataExportFailureCode.ITEM_UNAVAILABLE, params: { item: choice.item } });
        await fs.mkdir(context.workDir, { recursive: true });
        progress.itemsTotal += await source.count(context);
      }
      await this.writeProgress(exportId, attempt, progress, true);

      archive = await ZipArchiveWriter.create({
        publishDir,
        baseName: row.fileBaseName,
        runId: `attempt-${attempt}`,
        splitSize: this.config.exportSplitBytesOverride ?? DATA_EXPORT_SPLIT_SIZE_BYTES[row.splitSize],
        // R44: no part above the split size. The request already refused stored files that cannot
        // fit; a file that still does not (a generated one) fails the export with its name.
        oversized: 'fail',
        timeZone: company.timeZone,
        now: startedAt,
        signal: controller.signal,
        beforePublish: () => this.writeProgress(exportId, attempt, progress, true),
        onProgress: (written) => {
          progress.itemsDone = written.entriesDone;
          progress.bytesDone = written.bytesDone;
        },
      });
      for (const { choice, source, context } of contexts) {
        const serviceFolder = t(company.language, `service.${DATA_EXPORT_ITEM_SERVICE[choice.item]}`);
        for await (const entry of source!.entries(context)) {
          controller.signal.throwIfAborted();
          const placed = withServiceFolder(entry, serviceFolder);
          await archive.add({ path: placed.path, size: placed.size, open: placed.open, compression: placed.compression ?? 'AUTO' });
        }
      }
      await archive.finish();
      controller.signal.throwIfAborted();
      // publish() checks the fence (beforePublish) right before the parts become visible.
      const published = await archive.publish().catch((error: unknown) => {
        throw error instanceof ZipPublishFencedError ? new BuildStopped('stopped') : error;
      });
      clearInterval(timer);
      // Every generated file is inside the published parts now.
      await fs.rm(workDir, { recursive: true, force: true });
      const completed = await this.complete(row, attempt, published.parts, progress);
      if (!completed) {
        await this.discardLostPublish(exportId, publishDir);
        return;
      }
      await this.afterCompletion(completed, published.parts, company.language, company.timeZone);
    } catch (caught) {
      clearInterval(timer);
      const reason = controller.signal.aborted ? controller.signal.reason : caught;
      if (archive) await archive.abort().catch((error: unknown) => this.logger.warn('data export archive abort failed', { exportId, error }));
      await fs.rm(workDir, { recursive: true, force: true }).catch(() => undefined);
      if (reason instanceof BuildStopped && reason.kind === 'stopped') {
        this.logger.info('data export build stopped', { companyId: row.companyId, exportId, attempt });
        // Canceled: whatever this run wrote after the cancel deleted the folder goes too.
        const current = await this.dataSource.getRepository(DataExport).findOneBy({ id: exportId });
        if (current && current.status !== DataExportStatus.PENDING && current.status !== DataExportStatus.REQUEST_COMPLETED) {
          await this.deps.dataExports.deleteFiles(row.companyId, exportId);
        }
        return;
      }
      const failure = this.classify(reason, row.companyId, exportId, attempt, caught);
      this.logger.warn('data export build failed', { companyId: row.companyId, exportId, attempt, failure: failure.code, error: caught });
      // Never a partial file (R45): once FAILED, nothing of any run stays on disk.
      if (await this.fail(row, attempt, failure)) await this.deps.dataExports.deleteFiles(row.companyId, exportId);
    } finally {
      clearInterval(timer);
    }
  }

  /** Progress write doubling as the fence check: false when this run may not go on. */
  private async writeProgress(exportId: string, attempt: number, progress: { itemsDone: number; itemsTotal: number; bytesDone: number }, withTotal = false): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(DataExport)
      .set({ itemsDone: progress.itemsDone, bytesDone: progress.bytesDone, ...(withTotal ? { itemsTotal: progress.itemsTotal } : {}) })
      .where('id = :exportId AND build_attempt = :attempt AND status = :pending', { exportId, attempt, pending: DataExportStatus.PENDING })
      .execute();
    return Boolean(result.affected);
  }

  /**
   * The export was canceled (or taken over) between the fence check and the commit. A canceled or
   * failed export must keep no file; a newer run owns the folder and decides itself.
   */
  private async discardLostPublish(exportId: string, publishDir: string): Promise<void> {
    const now = await this.dataSource.getRepository(DataExport).findOneBy({ id: exportId });
    if (!now || (now.status !== DataExportStatus.PENDING && now.status !== DataExportStatus.REQUEST_COMPLETED)) {
      await fs.rm(publishDir, { recursive: true, force: true });
    }
  }

  private async removeOtherRuns(exportDir: string, keep: string): Promise<void> {
    const names = await fs.readdir(exportDir).catch(() => [] as string[]);
    for (const name of names) {
      const full = path.join(exportDir, name);
      if (full !== keep) await fs.rm(full, { recursive: true, force: true });
    }
  }

  /** REQUEST_COMPLETED with its parts, in one transaction conditional on the fencing token. */
  private async complete(
    row: DataExport,
    attempt: number,
    parts: ReadonlyArray<{ fileName: string; bytes: number; entries: number }>,
    progress: { itemsDone: number; itemsTotal: number; bytesDone: number },
  ): Promise<DataExport | null> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.deps.dataExports.downloadMs);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(DataExport)
        .set({
          status: DataExportStatus.REQUEST_COMPLETED,
          completedAt: now,
          expiresAt,
          itemsDone: progress.itemsDone,
          itemsTotal: Math.max(progress.itemsTotal, progress.itemsDone),
          bytesDone: progress.bytesDone,
        })
        .where('id = :exportId AND build_attempt = :attempt AND status = :pending', { exportId: row.id, attempt, pending: DataExportStatus.PENDING })
        .execute();
      if (!result.affected) return null;
      const repository = manager.getRepository(DataExportPart);
      await repository.delete({ exportId: row.id });
      await repository.save(
        parts.map((part, index) =>
          repository.create({ partNumber: index + 1, fileName: part.fileName, bytes: part.bytes, entries: part.entries, exportId: row.id, companyId: row.companyId }),
        ),
      );
      await this.deps.auditLog.record(
        row.companyId,
        SYSTEM_ACTOR,
        {
          action: 'data_export.completed',
          targetType: 'data_export',
          targetId: row.id,
          details: { taskName: row.taskName, parts: parts.map((part) => ({ fileName: part.fileName, bytes: part.bytes })), entries: progress.itemsDone },
        },
        { ip: null, userAgent: null },
        manager,
      );
      return manager.getRepository(DataExport).findOneByOrFail({ id: row.id });
    });
  }

  /** The expiry job, then the e-mail to the requester in the company language (R46, R48); `parts` as just stored by `complete`. */
  private async afterCompletion(row: DataExport, parts: ReadonlyArray<{ bytes: number }>, language: Language, timeZone: string): Promise<void> {
    await this.deps.jobs.enqueue(JobName.ExpireDataExport, { exportId: row.id, companyId: row.companyId }, { at: row.expiresAt!, uniqueKey: { exportId: row.id } });
    this.logger.info('data export completed', { companyId: row.companyId, exportId: row.id });
    if (!row.requestedByEmployeeId) return;
    const requester = await this.dataSource.getRepository(Employee).findOneBy({ id: row.requestedByEmployeeId, companyId: row.companyId });
    if (!requester?.email) return;
    const total = parts.reduce((sum, part) => sum + part.bytes, 0);
    await this.deps.mail.queue(row.companyId, {
      to: [requester.email],
      subject: t(language, 'dataExport.mail.readySubject', { task: row.taskName }),
      text: t(language, 'dataExport.mail.readyBody', {
        name: requester.name,
        task: row.taskName,
        parts: parts.length,
        size: formatBytes(total),
        expires: formatInZone(row.expiresAt!, timeZone),
        url: `${this.config.publicUrl}/security/${SECURITY_MENU_PATHS.EXPORT_DATA}`,
      }),
    });
  }

  /** FAILED with its reason (R45), conditional on the fencing token; audited. */
  private async fail(row: DataExport, attempt: number, failure: DataExportFailure): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(DataExport)
        .set({ status: DataExportStatus.FAILED, failure, activeCompanyId: null, endedAt: this.clock.now() })
        .where('id = :exportId AND build_attempt = :attempt AND status = :pending', { exportId: row.id, attempt, pending: DataExportStatus.PENDING })
        .execute();
      if (!result.affected) return false;
      await this.deps.auditLog.record(
        row.companyId,
        SYSTEM_ACTOR,
        { action: 'data_export.failed', targetType: 'data_export', targetId: row.id, details: { taskName: row.taskName, failure: { code: failure.code, ...failure.params } } },
        { ip: null, userAgent: null },
        manager,
      );
      return true;
    });
  }

  /**
   * The failure as stored (R45): a code and parameters the admin can act on (a missing file names its
   * record, a file too large names itself), rendered in the company language when read (R63). Anything
   * else becomes INTERNAL with an id that finds the full error in the server log: messages of unknown
   * errors can hold server paths or driver details and are never shown.
   */
  private classify(reason: unknown, companyId: string, exportId: string, attempt: number, caught: unknown): DataExportFailure {
    if (reason instanceof BuildStopped) return { code: DataExportFailureCode.TIMED_OUT, params: { minutes: this.config.exportMaxBuildMinutes } };
    if (reason instanceof DataExportFailureError) return reason.failure;
    if (reason instanceof ZipEntryTooLargeError) {
      return { code: DataExportFailureCode.FILE_TOO_LARGE, params: { file: reason.entryName, bytes: reason.size, splitSize: reason.limit } };
    }
    if (reason instanceof ZipEntrySizeError) return { code: DataExportFailureCode.FILE_CHANGED, params: { file: reason.entryName } };
    const errorId = randomUUID();
    this.logger.error('data export build failed unexpectedly', { companyId, exportId, attempt, errorId, error: caught });
    return { code: DataExportFailureCode.INTERNAL, params: { errorId } };
  }
}

/** The entry under its service's folder (sources normally start with it already). */
function withServiceFolder(entry: ExportEntry, serviceFolder: string): ExportEntry {
  if (entry.path[0] === serviceFolder) return entry;
  return { ...entry, path: [serviceFolder, ...entry.path], open: () => entry.open() };
}

/** Inclusive days in the company zone → instants: from the first day's midnight to the last day's last millisecond. */
export function periodInstants(from: string | null, to: string | null, timeZone: string): { from: Date | null; to: Date | null } {
  return {
    from: from ? DateTime.fromISO(from, { zone: timeZone }).startOf('day').toJSDate() : null,
    to: to ? DateTime.fromISO(to, { zone: timeZone }).endOf('day').toJSDate() : null,
  };
}

export { formatBytes };
