import type { Readable } from 'node:stream';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { ErrorCode } from '@warden/shared';
import type { Clock } from '../../core/clock/clock';
import { AppError, BadUserInputError } from '../../core/graphql/errors';
import { ApprovalDocumentAttachment } from '../approval-documents/approval-document.entity';
import {
  type PermanentDeletionOf,
  applyDeletionSearch,
  checkPeriod,
  containsPattern,
  deletedPage,
  deleteSoftDeletedForGood,
  findDeletedRow,
  hasSoftDeleted,
  iterateDeletedRows,
  searchText,
  softDeleteRow,
} from '../approval-documents/deletion-list';
import { Employee } from '../employees/employee.entity';
import { isUniqueViolation } from '../../core/database/sql-dialect';
import { instant, requiredText, rowId } from '../source-domains/validation';
import { type ResolvedAttachment, attachmentsOf, fileIdsHeldBy, resolveAttachments } from '../stored-files/attachment-files';
import type { StoredFilesService } from '../stored-files/stored-files.service';
import { Pledge, PledgeAttachment } from './pledge.entity';
import type { DeletedPledgeFilter, RegisterPledgeInput } from './pledges.inputs';

const PLEDGE_NUMBER = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const MAX_CONTENT_LENGTH = 1_000_000;

export type PledgePermanentDeletion = PermanentDeletionOf<{ id: string; pledgeNumber: string; name: string }>;

/** The export's window (issue 7): signing period and the request's snapshot time. */
export interface PledgeExportWindow {
  from: Date | null;
  to: Date | null;
  snapshotAt: Date;
}

/**
 * Signed pledges pushed by the pledge service, their soft deletion there, and the Pledge deletion
 * status page (R50–R53). Every method takes the company id first (R1).
 */
export class PledgesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storedFiles: StoredFilesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores a signed pledge. A signature is final: registering the same number again unchanged
   * returns it, any change is a CONFLICT. Nothing is stored when any field is bad.
   */
  async register(companyId: string, input: RegisterPledgeInput): Promise<Pledge> {
    const now = this.clock.now();
    const pledgeNumber = requiredText(input.pledgeNumber, 'pledgeNumber', 40);
    if (!PLEDGE_NUMBER.test(pledgeNumber)) {
      throw new BadUserInputError('pledgeNumber: use letters, digits, "-" and "_" (at most 40), e.g. PLG-2026-000045.', { field: 'pledgeNumber' });
    }
    if (typeof input.content !== 'string' || input.content.length > MAX_CONTENT_LENGTH) {
      throw new BadUserInputError(`content: give the HTML content, at most ${MAX_CONTENT_LENGTH.toLocaleString('en')} characters.`, { field: 'content' });
    }
    const values = {
      pledgeNumber,
      name: requiredText(input.name, 'name', 300),
      signerEmployeeId: rowId(input.signerEmployeeId, 'signerEmployeeId', 'employee'),
      signedAt: instant(input.signedAt, 'signedAt', now),
      content: input.content,
    };
    const run = () =>
      this.dataSource.transaction(async (manager) => {
        const signer = await manager.getRepository(Employee).findOneBy({ companyId, id: values.signerEmployeeId });
        if (!signer) throw new BadUserInputError(`signerEmployeeId: no employee ${values.signerEmployeeId} in your company.`, { field: 'signerEmployeeId' });
        const pledges = manager.getRepository(Pledge);
        const existing = await pledges.findOneBy({ companyId, pledgeNumber });
        const attachments = await resolveAttachments(this.storedFiles, manager, companyId, input.attachments, async (fileIds) => [
          ...(await fileIdsHeldBy(manager, PledgeAttachment, 'pledgeId', existing?.id ?? null, fileIds)),
          ...(await fileIdsHeldBy(manager, ApprovalDocumentAttachment, 'documentId', null, fileIds)),
        ]);
        if (existing) {
          const stored = (await this.withAttachments(manager, companyId, [existing]))[0];
          if (samePledge(stored, values, attachments)) return stored;
          throw new AppError(ErrorCode.CONFLICT, `pledgeNumber: pledge ${pledgeNumber} is already registered and a signed pledge cannot change.`, {
            field: 'pledgeNumber',
          });
        }
        const saved = await pledges.save(
          pledges.create({ ...values, companyId, signerName: signer.name, deletedAt: null, deletedByEmployeeId: null, deletedByName: null, registeredAt: now, updatedAt: now }),
        );
        if (attachments.length > 0) {
          await manager.getRepository(PledgeAttachment).insert(
            attachments.map((attachment, position) => ({ companyId, pledgeId: saved.id, position, fileId: attachment.file.id, name: attachment.name })),
          );
        }
        return (await this.withAttachments(manager, companyId, [saved]))[0];
      });
    try {
      return await run();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return run();
    }
  }

  /** Soft delete, as the pledge service does; deleting a deleted pledge again changes nothing. */
  async softDelete(companyId: string, pledgeNumber: string, deletedByEmployeeId: string, deletedAt: Date | null): Promise<Pledge> {
    const now = this.clock.now();
    const number = requiredText(pledgeNumber, 'pledgeNumber', 40);
    const deleterId = rowId(deletedByEmployeeId, 'deletedByEmployeeId', 'employee');
    const at = deletedAt ? instant(deletedAt, 'deletedAt', now) : now;
    return this.dataSource.transaction(async (manager) => {
      const pledge = await softDeleteRow(manager, Pledge, companyId, { field: 'pledgeNumber', value: number, what: 'pledge' }, deleterId, at);
      return (await this.withAttachments(manager, companyId, [pledge]))[0];
    });
  }

  /** Whether the company has any deleted pledge: the menu shows only then (R50). */
  async hasDeleted(companyId: string): Promise<boolean> {
    return hasSoftDeleted(this.dataSource.getRepository(Pledge), companyId);
  }

  async searchDeleted(
    companyId: string,
    filter: DeletedPledgeFilter,
    page: { first: number; after: string | null },
  ): Promise<{ pledges: Pledge[]; hasNextPage: boolean; endCursor: string | null }> {
    const { rows, ...rest } = await deletedPage(
      () => this.deletedQuery(companyId, filter),
      page,
      (found) => this.withAttachments(this.dataSource.manager, companyId, found),
    );
    return { pledges: rows, ...rest };
  }

  async countDeleted(companyId: string, filter: DeletedPledgeFilter): Promise<number> {
    return this.deletedQuery(companyId, filter).getCount();
  }

  iterateDeleted(companyId: string, filter: DeletedPledgeFilter, chunkSize = 500): AsyncGenerator<Pledge> {
    return iterateDeletedRows(
      () => this.deletedQuery(companyId, filter),
      chunkSize,
      (rows) => this.withAttachments(this.dataSource.manager, companyId, rows),
    );
  }

  validateFilter(filter: DeletedPledgeFilter): void {
    this.deletedQuery('validation', filter);
  }

  /** One deleted pledge of the company (R54, its PDF), with its attachments unless `details` is false; as `ApprovalDocumentsService.getDeleted`. */
  async getDeleted(companyId: string, id: string, options: { details: boolean } = { details: true }): Promise<Pledge> {
    const pledge = await findDeletedRow(this.dataSource.getRepository(Pledge), companyId, id, {
      badId: 'id must be the id of a pledge.',
      notFound: 'The pledge',
      live: 'This pledge is not deleted: only deleted pledges are downloaded as PDF here.',
    });
    return options.details ? (await this.withAttachments(this.dataSource.manager, companyId, [pledge]))[0] : pledge;
  }

  /**
   * Pledges for an export: signed within the period, registered at/before the snapshot and not
   * deleted by then; oldest first, with attachments.
   */
  async *iterateForExport(companyId: string, window: PledgeExportWindow, chunkSize = 200): AsyncGenerator<Pledge> {
    let after: [Date, string] | null = null;
    for (;;) {
      const query = this.exportQuery(companyId, window).orderBy('d.signedAt', 'ASC').addOrderBy('d.id', 'ASC').take(chunkSize);
      if (after) query.andWhere('d.signedAt >= :afterAt AND (d.signedAt > :afterAt OR d.id > :afterId)', { afterAt: after[0], afterId: after[1] });
      const rows = await query.getMany();
      yield* await this.withAttachments(this.dataSource.manager, companyId, rows);
      if (rows.length < chunkSize) return;
      const last = rows[rows.length - 1];
      after = [last.signedAt, last.id];
    }
  }

  async countForExport(companyId: string, window: PledgeExportWindow): Promise<number> {
    return this.exportQuery(companyId, window).getCount();
  }

  async openAttachment(companyId: string, fileId: string): Promise<Readable> {
    return this.storedFiles.open(companyId, fileId);
  }

  /** Deletes deleted pledges for good (R52) with their attachments; same rules and concurrency as approval documents. */
  async permanentlyDelete(
    companyId: string,
    ids: readonly string[],
    audit: (manager: EntityManager, deletion: PledgePermanentDeletion) => Promise<void>,
  ): Promise<PledgePermanentDeletion> {
    return deleteSoftDeletedForGood(
      this.dataSource,
      this.storedFiles,
      companyId,
      ids,
      {
        entity: Pledge,
        find: (unique) =>
          this.dataSource.getRepository(Pledge).find({
            where: { companyId, id: In(unique) },
            select: { id: true, pledgeNumber: true, name: true, deletedAt: true },
          }),
        liveMessage: (pledge) => `pledge ${pledge.pledgeNumber} is not deleted; only deleted pledges can be deleted permanently.`,
        entry: (pledge) => ({ id: pledge.id, pledgeNumber: pledge.pledgeNumber, name: pledge.name }),
        sortKey: (entry) => entry.pledgeNumber,
        removeDetails: async (manager, deletedIds) => {
          const attachments = await manager.getRepository(PledgeAttachment).find({ where: { companyId, pledgeId: In(deletedIds) } });
          await manager.getRepository(PledgeAttachment).delete({ companyId, pledgeId: In(deletedIds) });
          return attachments.map((attachment) => attachment.fileId);
        },
      },
      audit,
    );
  }

  private deletedQuery(companyId: string, filter: DeletedPledgeFilter) {
    checkPeriod(filter);
    const query = applyDeletionSearch(this.dataSource.getRepository(Pledge).createQueryBuilder('d'), companyId, filter);
    const name = searchText(filter.name, 'name', 100);
    if (name) query.andWhere("d.name LIKE :name ESCAPE '!'", { name: containsPattern(name) });
    return query;
  }

  private exportQuery(companyId: string, window: PledgeExportWindow) {
    const query = this.dataSource
      .getRepository(Pledge)
      .createQueryBuilder('d')
      .where('d.companyId = :companyId', { companyId })
      .andWhere('d.registeredAt <= :snapshotAt', { snapshotAt: window.snapshotAt })
      .andWhere('(d.deletedAt IS NULL OR d.deletedAt > :snapshotAt)', { snapshotAt: window.snapshotAt });
    if (window.from) query.andWhere('d.signedAt >= :from', { from: window.from });
    if (window.to) query.andWhere('d.signedAt <= :to', { to: window.to });
    return query;
  }

  private async withAttachments(manager: EntityManager, companyId: string, pledges: Pledge[]): Promise<Pledge[]> {
    if (pledges.length === 0) return pledges;
    const attachments = await attachmentsOf(
      manager,
      this.storedFiles,
      companyId,
      PledgeAttachment,
      'pledgeId',
      pledges.map((pledge) => pledge.id),
    );
    for (const pledge of pledges) pledge.attachments = attachments.get(pledge.id) ?? [];
    return pledges;
  }
}

function samePledge(
  stored: Pledge,
  values: Pick<Pledge, 'name' | 'signerEmployeeId' | 'signedAt' | 'content'>,
  attachments: ResolvedAttachment[],
): boolean {
  return (
    stored.name === values.name &&
    stored.signerEmployeeId === values.signerEmployeeId &&
    stored.signedAt.getTime() === values.signedAt.getTime() &&
    stored.content === values.content &&
    stored.attachments.length === attachments.length &&
    stored.attachments.every((attachment, index) => attachment.fileId === attachments[index].file.id && attachment.name === attachments[index].name)
  );
}
