import type { Readable } from 'node:stream';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { ErrorCode } from '@warden/shared';
import type { Clock } from '../../core/clock/clock';
import { AppError, BadUserInputError } from '../../core/graphql/errors';
import { Employee } from '../employees/employee.entity';
import { PledgeAttachment } from '../pledges/pledge.entity';
import { isUniqueViolation } from '../../core/database/sql-dialect';
import { instant, requiredText, rowId } from '../source-domains/validation';
import { type ResolvedAttachment, attachmentsOf, fileIdsHeldBy, resolveAttachments } from '../stored-files/attachment-files';
import type { StoredFilesService } from '../stored-files/stored-files.service';
import {
  ApprovalDecision,
  ApprovalDocument,
  ApprovalDocumentAttachment,
  ApprovalDocumentStatus,
  ApprovalLineEntry,
  CLOSED_APPROVAL_STATUSES,
} from './approval-document.entity';
import type { DeletedApprovalDocumentFilter, RegisterApprovalDocumentInput } from './approval-documents.inputs';
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
} from './deletion-list';

const DOCUMENT_NUMBER = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
export const MAX_BODY_LENGTH = 1_000_000;
const MAX_APPROVERS = 50;

/** What a permanent delete removed (the audit and the answer name the document numbers). */
export type PermanentDeletion = PermanentDeletionOf<{ id: string; documentNumber: string }>;

/** The export's window (issue 7): creation period and the request's snapshot time. */
export interface ExportWindow {
  from: Date | null;
  to: Date | null;
  snapshotAt: Date;
}

/**
 * Approval documents pushed by the approval service, their soft deletion there, and the Approval
 * document deletion status page (R50–R53). Every method takes the company id first (R1).
 */
export class ApprovalDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storedFiles: StoredFilesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores a document, or updates the one with the same number while it is in progress. Closed
   * (completed, declined, canceled) and deleted documents are final: replaying them unchanged
   * returns them, any change is a CONFLICT (an export may already hold them). Nothing is stored
   * when any field is bad.
   */
  async register(companyId: string, input: RegisterApprovalDocumentInput): Promise<ApprovalDocument> {
    const now = this.clock.now();
    const documentNumber = requiredText(input.documentNumber, 'documentNumber', 40);
    if (!DOCUMENT_NUMBER.test(documentNumber)) {
      throw new BadUserInputError('documentNumber: use letters, digits, "-" and "_" (at most 40), e.g. FIN-2026-000123.', { field: 'documentNumber' });
    }
    const status = input.status;
    if (!Object.values(ApprovalDocumentStatus).includes(status)) {
      throw new BadUserInputError('status: IN_PROGRESS, COMPLETED, DECLINED or CANCELED.', { field: 'status' });
    }
    if (typeof input.body !== 'string' || input.body.length > MAX_BODY_LENGTH) {
      throw new BadUserInputError(`body: give the HTML body, at most ${MAX_BODY_LENGTH.toLocaleString('en')} characters.`, { field: 'body' });
    }
    const values = {
      documentNumber,
      title: requiredText(input.title, 'title', 300),
      formName: requiredText(input.formName, 'formName', 100),
      drafterEmployeeId: rowId(input.drafterEmployeeId, 'drafterEmployeeId', 'employee'),
      createdAt: instant(input.createdAt, 'createdAt', now),
      status,
      body: input.body,
    };
    const line = checkApprovalLine(input.approvalLine, values.createdAt, now);
    checkStatusAgainstLine(status, line);

    const run = () =>
      this.dataSource.transaction(async (manager) => {
        const people = await employeesOf(manager, companyId, [values.drafterEmployeeId, ...line.map((entry) => entry.approverEmployeeId)]);
        const drafter = people.get(values.drafterEmployeeId);
        if (!drafter) throw new BadUserInputError(`drafterEmployeeId: no employee ${values.drafterEmployeeId} in your company.`, { field: 'drafterEmployeeId' });
        line.forEach((entry, index) => {
          if (!people.has(entry.approverEmployeeId)) {
            const field = `approvalLine[${index}].approverEmployeeId`;
            throw new BadUserInputError(`${field}: no employee ${entry.approverEmployeeId} in your company.`, { field, index });
          }
        });
        const documents = manager.getRepository(ApprovalDocument);
        const existing = await documents.findOneBy({ companyId, documentNumber });
        const attachments = await resolveAttachments(this.storedFiles, manager, companyId, input.attachments, async (fileIds) => [
          ...(await fileIdsHeldBy(manager, ApprovalDocumentAttachment, 'documentId', existing?.id ?? null, fileIds)),
          ...(await fileIdsHeldBy(manager, PledgeAttachment, 'pledgeId', null, fileIds)),
        ]);

        if (existing && (existing.deletedAt || CLOSED_APPROVAL_STATUSES.includes(existing.status))) {
          const stored = await this.withDetails(manager, companyId, [existing]);
          if (sameDocument(stored[0], values, line, attachments)) return stored[0];
          throw new AppError(
            ErrorCode.CONFLICT,
            `documentNumber: document ${documentNumber} is ${existing.deletedAt ? 'deleted' : 'closed'} and can no longer change.`,
            { field: 'documentNumber' },
          );
        }
        const row = existing ?? documents.create({ companyId, registeredAt: now, deletedAt: null, deletedByEmployeeId: null, deletedByName: null });
        Object.assign(row, values, { drafterName: drafter.name, updatedAt: now });
        const saved = await documents.save(row);
        await manager.getRepository(ApprovalLineEntry).delete({ documentId: saved.id });
        await manager.getRepository(ApprovalLineEntry).insert(
          line.map((entry, index) => ({
            companyId,
            documentId: saved.id,
            position: index + 1,
            approverEmployeeId: entry.approverEmployeeId,
            approverName: people.get(entry.approverEmployeeId)!.name,
            decision: entry.decision,
            decidedAt: entry.decidedAt,
          })),
        );
        const previous = await manager.getRepository(ApprovalDocumentAttachment).findBy({ documentId: saved.id });
        await manager.getRepository(ApprovalDocumentAttachment).delete({ documentId: saved.id });
        if (attachments.length > 0) {
          await manager.getRepository(ApprovalDocumentAttachment).insert(
            attachments.map((attachment, position) => ({ companyId, documentId: saved.id, position, fileId: attachment.file.id, name: attachment.name })),
          );
        }
        // Files the new version no longer lists were this document's alone: they go with it.
        const kept = new Set(attachments.map((attachment) => attachment.file.id));
        dropped = await this.storedFiles.deleteRows(
          manager,
          companyId,
          previous.map((attachment) => attachment.fileId).filter((fileId) => !kept.has(fileId)),
        );
        return (await this.withDetails(manager, companyId, [saved]))[0];
      });
    let dropped: string[] = [];
    let document: ApprovalDocument;
    try {
      document = await run();
    } catch (error) {
      // Two first registrations of one number race: the unique index lets one win; replay the other.
      if (!isUniqueViolation(error)) throw error;
      document = await run();
    }
    await this.storedFiles.deleteContents(companyId, dropped);
    return document;
  }

  /**
   * Soft delete, as the approval service's "Manage Approval Documents" does: the document is kept and
   * listed under Approval document deletion status. Deleting a deleted document again changes nothing.
   */
  async softDelete(companyId: string, documentNumber: string, deletedByEmployeeId: string, deletedAt: Date | null): Promise<ApprovalDocument> {
    const now = this.clock.now();
    const number = requiredText(documentNumber, 'documentNumber', 40);
    const deleterId = rowId(deletedByEmployeeId, 'deletedByEmployeeId', 'employee');
    const at = deletedAt ? instant(deletedAt, 'deletedAt', now) : now;
    return this.dataSource.transaction(async (manager) => {
      const document = await softDeleteRow(manager, ApprovalDocument, companyId, { field: 'documentNumber', value: number, what: 'document' }, deleterId, at);
      return (await this.withDetails(manager, companyId, [document]))[0];
    });
  }

  /** Whether the company has any deleted document: the menu shows only then (R50). */
  async hasDeleted(companyId: string): Promise<boolean> {
    return hasSoftDeleted(this.dataSource.getRepository(ApprovalDocument), companyId);
  }

  /** One page of deleted documents, newest deletion first (R50, R51). */
  async searchDeleted(
    companyId: string,
    filter: DeletedApprovalDocumentFilter,
    page: { first: number; after: string | null },
  ): Promise<{ documents: ApprovalDocument[]; hasNextPage: boolean; endCursor: string | null }> {
    const { rows, ...rest } = await deletedPage(
      () => this.deletedQuery(companyId, filter),
      page,
      (found) => this.withDetails(this.dataSource.manager, companyId, found, { line: false }),
    );
    return { documents: rows, ...rest };
  }

  /** How many deleted documents match. The list is what admins clean up by hand, so an exact count is cheap. */
  async countDeleted(companyId: string, filter: DeletedApprovalDocumentFilter): Promise<number> {
    return this.deletedQuery(companyId, filter).getCount();
  }

  /** Every matching deleted document in list order, read in keyset chunks (the Excel download). */
  iterateDeleted(companyId: string, filter: DeletedApprovalDocumentFilter, chunkSize = 500): AsyncGenerator<ApprovalDocument> {
    return iterateDeletedRows(
      () => this.deletedQuery(companyId, filter),
      chunkSize,
      (rows) => this.withDetails(this.dataSource.manager, companyId, rows, { line: false }),
    );
  }

  /** Checks a search window without running it (a bad filter is an error when the link is asked for). */
  validateFilter(filter: DeletedApprovalDocumentFilter): void {
    this.deletedQuery('validation', filter);
  }

  /**
   * One deleted document of the company (R54, its PDF), with its approval line and attachments
   * unless `details` is false (the link request only checks it). Another company's id is NOT_FOUND
   * (its existence is not revealed); a live document is BAD_USER_INPUT.
   */
  async getDeleted(companyId: string, id: string, options: { details: boolean } = { details: true }): Promise<ApprovalDocument> {
    const document = await findDeletedRow(this.dataSource.getRepository(ApprovalDocument), companyId, id, {
      badId: 'id must be the id of an approval document.',
      notFound: 'The approval document',
      live: 'This approval document is not deleted: only deleted documents are downloaded as PDF here.',
    });
    return options.details ? (await this.withDetails(this.dataSource.manager, companyId, [document]))[0] : document;
  }

  /** The approval line of one document (for the API field). */
  async approvalLine(companyId: string, documentId: string): Promise<ApprovalLineEntry[]> {
    return this.dataSource.getRepository(ApprovalLineEntry).find({ where: { companyId, documentId }, order: { position: 'ASC' } });
  }

  /**
   * Closed documents (completed, declined, canceled) for an export (R43): created within the period,
   * registered and closed at/before the snapshot, not deleted by then; oldest first, with approval
   * line and attachments. Closed documents are final, so `updatedAt` is when it closed.
   */
  async *iterateClosedForExport(companyId: string, window: ExportWindow, chunkSize = 200): AsyncGenerator<ApprovalDocument> {
    let after: [Date, string] | null = null;
    for (;;) {
      const query = this.closedQuery(companyId, window).orderBy('d.createdAt', 'ASC').addOrderBy('d.id', 'ASC').take(chunkSize);
      if (after) query.andWhere('d.createdAt >= :afterAt AND (d.createdAt > :afterAt OR d.id > :afterId)', { afterAt: after[0], afterId: after[1] });
      const rows = await query.getMany();
      yield* await this.withDetails(this.dataSource.manager, companyId, rows);
      if (rows.length < chunkSize) return;
      const last = rows[rows.length - 1];
      after = [last.createdAt, last.id];
    }
  }

  /** How many documents `iterateClosedForExport` yields. */
  async countClosedForExport(companyId: string, window: ExportWindow): Promise<number> {
    return this.closedQuery(companyId, window).getCount();
  }

  /** The bytes of an attachment of the company's documents. */
  async openAttachment(companyId: string, fileId: string): Promise<Readable> {
    return this.storedFiles.open(companyId, fileId);
  }

  /**
   * Deletes deleted documents for good (R52): rows, approval lines, attachments and their files; the
   * rules and the concurrency are `deleteSoftDeletedForGood`'s.
   */
  async permanentlyDelete(
    companyId: string,
    ids: readonly string[],
    audit: (manager: EntityManager, deletion: PermanentDeletion) => Promise<void>,
  ): Promise<PermanentDeletion> {
    return deleteSoftDeletedForGood(
      this.dataSource,
      this.storedFiles,
      companyId,
      ids,
      {
        entity: ApprovalDocument,
        find: (unique) =>
          this.dataSource.getRepository(ApprovalDocument).find({
            where: { companyId, id: In(unique) },
            select: { id: true, documentNumber: true, deletedAt: true },
          }),
        liveMessage: (document) => `document ${document.documentNumber} is not deleted; only deleted documents can be deleted permanently.`,
        entry: (document) => ({ id: document.id, documentNumber: document.documentNumber }),
        sortKey: (entry) => entry.documentNumber,
        removeDetails: async (manager, deletedIds) => {
          const attachments = await manager.getRepository(ApprovalDocumentAttachment).find({ where: { companyId, documentId: In(deletedIds) } });
          await manager.getRepository(ApprovalDocumentAttachment).delete({ companyId, documentId: In(deletedIds) });
          await manager.getRepository(ApprovalLineEntry).delete({ companyId, documentId: In(deletedIds) });
          return attachments.map((attachment) => attachment.fileId);
        },
      },
      audit,
    );
  }

  private deletedQuery(companyId: string, filter: DeletedApprovalDocumentFilter) {
    checkPeriod(filter);
    const query = applyDeletionSearch(this.dataSource.getRepository(ApprovalDocument).createQueryBuilder('d'), companyId, filter);
    const number = searchText(filter.documentNumber, 'documentNumber', 40);
    if (number) query.andWhere("d.documentNumber LIKE :number ESCAPE '!'", { number: containsPattern(number) });
    return query;
  }

  private closedQuery(companyId: string, window: ExportWindow) {
    const query = this.dataSource
      .getRepository(ApprovalDocument)
      .createQueryBuilder('d')
      .where('d.companyId = :companyId', { companyId })
      .andWhere('d.status IN (:...closed)', { closed: CLOSED_APPROVAL_STATUSES })
      .andWhere('d.updatedAt <= :snapshotAt', { snapshotAt: window.snapshotAt })
      .andWhere('(d.deletedAt IS NULL OR d.deletedAt > :snapshotAt)', { snapshotAt: window.snapshotAt });
    if (window.from) query.andWhere('d.createdAt >= :from', { from: window.from });
    if (window.to) query.andWhere('d.createdAt <= :to', { to: window.to });
    return query;
  }

  /** Fills `attachments` (and `approvalLine` unless told not to) for a list, one query per table. */
  private async withDetails(
    manager: EntityManager,
    companyId: string,
    documents: ApprovalDocument[],
    options: { line: boolean } = { line: true },
  ): Promise<ApprovalDocument[]> {
    if (documents.length === 0) return documents;
    const ids = documents.map((document) => document.id);
    const attachments = await attachmentsOf(manager, this.storedFiles, companyId, ApprovalDocumentAttachment, 'documentId', ids);
    const lines = new Map<string, ApprovalLineEntry[]>();
    if (options.line) {
      const entries = await manager.getRepository(ApprovalLineEntry).find({ where: { companyId, documentId: In(ids) }, order: { position: 'ASC' } });
      for (const entry of entries) lines.set(entry.documentId, [...(lines.get(entry.documentId) ?? []), entry]);
    }
    for (const document of documents) {
      document.attachments = attachments.get(document.id) ?? [];
      if (options.line) document.approvalLine = lines.get(document.id) ?? [];
    }
    return documents;
  }
}

interface CheckedLineEntry {
  approverEmployeeId: string;
  decision: ApprovalDecision;
  decidedAt: Date | null;
}

function checkApprovalLine(input: RegisterApprovalDocumentInput['approvalLine'], createdAt: Date, now: Date): CheckedLineEntry[] {
  if (!Array.isArray(input) || input.length === 0 || input.length > MAX_APPROVERS) {
    throw new BadUserInputError(`approvalLine: give 1 to ${MAX_APPROVERS} approvers in order.`, { field: 'approvalLine' });
  }
  return input.map((entry, index) => {
    const field = (name: string) => `approvalLine[${index}].${name}`;
    const approverEmployeeId = rowId(entry.approverEmployeeId, field('approverEmployeeId'), 'employee');
    if (!Object.values(ApprovalDecision).includes(entry.decision)) {
      throw new BadUserInputError(`${field('decision')}: PENDING, APPROVED or DECLINED.`, { field: field('decision'), index });
    }
    if (entry.decision === ApprovalDecision.PENDING) {
      if (entry.decidedAt) throw new BadUserInputError(`${field('decidedAt')}: a pending approver has not decided yet.`, { field: field('decidedAt'), index });
      return { approverEmployeeId, decision: entry.decision, decidedAt: null };
    }
    if (!entry.decidedAt) throw new BadUserInputError(`${field('decidedAt')}: give when they decided.`, { field: field('decidedAt'), index });
    const decidedAt = instant(entry.decidedAt, field('decidedAt'), now);
    if (decidedAt < createdAt) {
      throw new BadUserInputError(`${field('decidedAt')}: before the document was created.`, { field: field('decidedAt'), index });
    }
    return { approverEmployeeId, decision: entry.decision, decidedAt };
  });
}

/** The status must agree with the line: nobody decides on a completed document by declining it. */
function checkStatusAgainstLine(status: ApprovalDocumentStatus, line: CheckedLineEntry[]): void {
  const decisions = new Set(line.map((entry) => entry.decision));
  const problem =
    status === ApprovalDocumentStatus.COMPLETED && (decisions.has('PENDING') || decisions.has('DECLINED'))
      ? 'a completed document needs every approver to have approved'
      : status === ApprovalDocumentStatus.DECLINED && !decisions.has('DECLINED')
        ? 'a declined document needs an approver who declined'
        : status === ApprovalDocumentStatus.IN_PROGRESS && (decisions.has('DECLINED') || !decisions.has('PENDING'))
          ? 'a document in progress needs a pending approver and none who declined'
          : null;
  if (problem) throw new BadUserInputError(`status: ${problem}.`, { field: 'status' });
}

async function employeesOf(manager: EntityManager, companyId: string, ids: string[]): Promise<Map<string, Employee>> {
  const employees = await manager.getRepository(Employee).findBy({ companyId, id: In([...new Set(ids)]) });
  return new Map(employees.map((employee) => [employee.id, employee]));
}

function sameDocument(
  stored: ApprovalDocument,
  values: Pick<ApprovalDocument, 'title' | 'formName' | 'drafterEmployeeId' | 'createdAt' | 'status' | 'body'>,
  line: CheckedLineEntry[],
  attachments: ResolvedAttachment[],
): boolean {
  const storedLine = stored.approvalLine ?? [];
  return (
    stored.title === values.title &&
    stored.formName === values.formName &&
    stored.drafterEmployeeId === values.drafterEmployeeId &&
    stored.createdAt.getTime() === values.createdAt.getTime() &&
    stored.status === values.status &&
    stored.body === values.body &&
    storedLine.length === line.length &&
    storedLine.every(
      (entry, index) =>
        entry.approverEmployeeId === line[index].approverEmployeeId &&
        entry.decision === line[index].decision &&
        (entry.decidedAt?.getTime() ?? null) === (line[index].decidedAt?.getTime() ?? null),
    ) &&
    stored.attachments.length === attachments.length &&
    stored.attachments.every((attachment, index) => attachment.fileId === attachments[index].file.id && attachment.name === attachments[index].name)
  );
}
