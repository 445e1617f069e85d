import { type DataSource, type EntityManager, type EntityTarget, IsNull, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../core/graphql/errors';
import { assertPageSize } from '../../core/graphql/keyset-cursor';
import { Employee } from '../employees/employee.entity';
import type { StoredFilesService } from '../stored-files/stored-files.service';

/** The search window of a deletion-status page (R51); shared by approval documents and pledges. */
export interface DeletionSearch {
  /** Deleted at or after (inclusive); the SPA sends the start of a day in the company zone. */
  deletedFrom?: Date | null;
  /** Deleted before (exclusive). */
  deletedTo?: Date | null;
  /** Part of the deleter's name, any case. */
  deletedBy?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The position after a row of a newest-deletion-first list: `[deletedAt ms, id]` as base64url JSON. */
export function encodeDeletionCursor(row: { deletedAt: Date | null; id: string }): string {
  return Buffer.from(JSON.stringify([row.deletedAt?.getTime() ?? 0, row.id])).toString('base64url');
}

export function decodeDeletionCursor(cursor: string): [Date, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [number, string];
    if (typeof at !== 'number' || !Number.isFinite(at) || typeof id !== 'string' || !UUID.test(id)) throw new Error('shape');
    return [new Date(at), id];
  } catch {
    throw new BadUserInputError('after is not a cursor this API returned.', { field: 'after' });
  }
}

/** `%…%` for a LIKE that finds the text anywhere, with `%`, `_` and `!` taken literally (escape `!`). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** A trimmed search text of at most `max` characters; null when empty. */
export function searchText(value: string | null | undefined, field: string, max = 100): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (text.length > max) throw new BadUserInputError(`${field}: at most ${max} characters.`, { field });
  return text;
}

export function checkPeriod(search: DeletionSearch): void {
  for (const field of ['deletedFrom', 'deletedTo'] as const) {
    const value = search[field];
    if (value != null && (!(value instanceof Date) || Number.isNaN(value.getTime()))) {
      throw new BadUserInputError(`${field}: give a date and time.`, { field });
    }
  }
  if (search.deletedFrom && search.deletedTo && search.deletedTo <= search.deletedFrom) {
    throw new BadUserInputError('deletedTo: the period must end after it starts.', { field: 'deletedTo' });
  }
}

/** Deleted rows of the company matching the window (alias `d`), newest deletion first. */
export function applyDeletionSearch<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  companyId: string,
  search: DeletionSearch,
): SelectQueryBuilder<T> {
  query.where('d.companyId = :companyId', { companyId }).andWhere('d.deletedAt IS NOT NULL');
  if (search.deletedFrom) query.andWhere('d.deletedAt >= :deletedFrom', { deletedFrom: search.deletedFrom });
  if (search.deletedTo) query.andWhere('d.deletedAt < :deletedTo', { deletedTo: search.deletedTo });
  const deleter = searchText(search.deletedBy, 'deletedBy');
  if (deleter) query.andWhere("d.deletedByName LIKE :deleter ESCAPE '!'", { deleter: containsPattern(deleter) });
  return query.orderBy('d.deletedAt', 'DESC').addOrderBy('d.id', 'DESC');
}

/** Rows after the cursor in newest-deletion-first order (sargable on both engines, unlike a row-value compare). */
export function applyDeletionCursor<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, after: [Date, string]): void {
  query.andWhere('d.deletedAt <= :afterAt AND (d.deletedAt < :afterAt OR d.id < :afterId)', { afterAt: after[0], afterId: after[1] });
}

/** Ids of rows to delete permanently: 1–200 distinct UUIDs. */
export function checkIds(ids: readonly string[], field = 'ids'): string[] {
  if (ids.length === 0 || ids.length > 200) throw new BadUserInputError(`${field}: select 1 to 200 entries.`, { field });
  ids.forEach((id, index) => {
    if (!UUID.test(id)) throw new BadUserInputError(`${field}[${index}]: not an id this API returned.`, { field: `${field}[${index}]`, index });
  });
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/** A soft-deleted record of a deletion-status page (approval document, pledge). */
export interface SoftDeletedRow {
  id: string;
  deletedAt: Date | null;
}

/**
 * Soft delete as the source service reports it, inside the caller's transaction: the company's row
 * whose `key.field` is `key.value` gets the deletion time and deleter unless it is deleted already
 * (then nothing changes). Other columns stay (`updatedAt` is when the content last changed, which an
 * export's snapshot compares). Answers the row as stored.
 */
export async function softDeleteRow<T extends SoftDeletedRow>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  companyId: string,
  key: { field: string; value: string; what: string },
  deleterId: string,
  at: Date,
): Promise<T> {
  const deleter = await manager.getRepository(Employee).findOneBy({ companyId, id: deleterId });
  if (!deleter) throw new BadUserInputError(`deletedByEmployeeId: no employee ${deleterId} in your company.`, { field: 'deletedByEmployeeId' });
  const repository = manager.getRepository(entity);
  const row = await repository.findOneBy({ companyId, [key.field]: key.value } as never);
  if (!row) throw new BadUserInputError(`${key.field}: no ${key.what} ${key.value} in your company.`, { field: key.field });
  if (row.deletedAt) return row;
  await repository.update({ id: row.id, deletedAt: IsNull() } as never, { deletedAt: at, deletedByEmployeeId: deleter.id, deletedByName: deleter.name } as never);
  // Read back: a concurrent delete may have won the conditional update.
  return repository.findOneByOrFail({ id: row.id } as never);
}

/** Whether the company has any soft-deleted row in `repository`: its deletion-status menu shows only then (R50). */
export async function hasSoftDeleted(repository: Repository<ObjectLiteral>, companyId: string): Promise<boolean> {
  const row = await repository
    .createQueryBuilder('d')
    .select('d.id')
    .where('d.companyId = :companyId', { companyId })
    .andWhere('d.deletedAt IS NOT NULL')
    .limit(1)
    .getRawOne();
  return row !== undefined;
}

/**
 * One page of a newest-deletion-first list (R50, R51): `first` rows after the cursor, completed by
 * `details` (one query per table for the page). `query` builds the filtered list (it checks the filter).
 */
export async function deletedPage<T extends SoftDeletedRow>(
  query: () => SelectQueryBuilder<T>,
  page: { first: number; after: string | null },
  details: (rows: T[]) => Promise<T[]>,
): Promise<{ rows: T[]; hasNextPage: boolean; endCursor: string | null }> {
  assertPageSize(page.first);
  const after = page.after ? decodeDeletionCursor(page.after) : null;
  const list = query();
  if (after) applyDeletionCursor(list, after);
  const found = await list.take(page.first + 1).getMany();
  const rows = await details(found.slice(0, page.first));
  const last = rows[rows.length - 1];
  return { rows, hasNextPage: found.length > page.first, endCursor: last ? encodeDeletionCursor(last) : null };
}

/** Every row of a newest-deletion-first list in order, read in keyset chunks (the Excel download). */
export async function* iterateDeletedRows<T extends SoftDeletedRow>(
  query: () => SelectQueryBuilder<T>,
  chunkSize: number,
  details: (rows: T[]) => Promise<T[]>,
): AsyncGenerator<T> {
  let after: [Date, string] | null = null;
  for (;;) {
    const list = query();
    if (after) applyDeletionCursor(list, after);
    const rows = await list.take(chunkSize).getMany();
    yield* await details(rows);
    if (rows.length < chunkSize) return;
    const last = rows[rows.length - 1];
    after = [last.deletedAt!, last.id];
  }
}

/**
 * One soft-deleted row of the company by id, for its PDF (R54). A malformed id is BAD_USER_INPUT,
 * another company's id NOT_FOUND (its existence is not revealed), a live row BAD_USER_INPUT.
 */
export async function findDeletedRow<T extends SoftDeletedRow>(
  repository: Repository<T>,
  companyId: string,
  id: string,
  messages: { badId: string; notFound: string; live: string },
): Promise<T> {
  if (!UUID.test(id)) throw new BadUserInputError(messages.badId, { field: 'id' });
  const row = await repository.findOneBy({ id, companyId } as never);
  if (!row) throw new NotFoundError(messages.notFound);
  if (!row.deletedAt) throw new BadUserInputError(messages.live, { field: 'id' });
  return row;
}

/** What a permanent delete removed, who was already gone, and the files whose rows went with them. */
export interface PermanentDeletionOf<E> {
  deleted: E[];
  /** Ids that were already gone (a double submit) or are not the company's: nothing happened to them. */
  notFoundIds: string[];
  /** Uploaded files whose rows went with the records; their bytes are removed after the commit. */
  fileIds: string[];
}

/**
 * Deletes soft-deleted rows for good (R52) with what hangs off them and their files. Live rows are
 * refused (nothing changes); ids that are gone or not the company's are reported, not deleted. Each
 * row is removed by a conditional DELETE whose affected-row count decides who deleted it, so two
 * concurrent requests for the same rows delete (and report) each row once. `audit` runs in the same
 * transaction with what this request deleted; file contents are removed after the commit.
 */
export async function deleteSoftDeletedForGood<T extends SoftDeletedRow, E extends { id: string }>(
  dataSource: DataSource,
  storedFiles: StoredFilesService,
  companyId: string,
  ids: readonly string[],
  spec: {
    entity: EntityTarget<T>;
    /** The company's rows with these ids (id, deletedAt and what `entry` and `liveMessage` need). */
    find: (ids: string[]) => Promise<T[]>;
    /** Why a live row is refused, e.g. `document X is not deleted; …`. */
    liveMessage: (row: T) => string;
    /** The row as reported and audited. */
    entry: (row: T) => E;
    /** The order of `deleted` in the answer. */
    sortKey: (entry: E) => string;
    /** Deletes the rows hanging off the deleted records; answers the file ids their attachments held. */
    removeDetails: (manager: EntityManager, deletedIds: string[]) => Promise<string[]>;
  },
  audit: (manager: EntityManager, deletion: PermanentDeletionOf<E>) => Promise<void>,
): Promise<PermanentDeletionOf<E>> {
  const unique = checkIds(ids);
  const byId = new Map((await spec.find(unique)).map((row) => [row.id, row]));
  unique.forEach((id) => {
    const row = byId.get(id);
    if (row && !row.deletedAt) {
      const index = ids.findIndex((given) => given.toLowerCase() === id);
      throw new BadUserInputError(`ids[${index}]: ${spec.liveMessage(row)}`, { field: `ids[${index}]`, index });
    }
  });
  // Sorted, so two requests lock rows in the same order (no deadlock on MariaDB).
  const candidates = unique.filter((id) => byId.has(id)).sort();
  const deletion = await dataSource.transaction(async (manager) => {
    const deleted: E[] = [];
    // The first statement of the transaction writes: on SQLite it takes the write lock before
    // reading, so a concurrent request waits and then sees the rows gone.
    for (const id of candidates) {
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(spec.entity)
        .where('id = :id AND company_id = :companyId AND deleted_at IS NOT NULL', { id, companyId })
        .execute();
      if ((result.affected ?? 0) > 0) deleted.push(spec.entry(byId.get(id)!));
    }
    const deletedIds = deleted.map((entry) => entry.id);
    const fileIds = deletedIds.length > 0 ? await storedFiles.deleteRows(manager, companyId, await spec.removeDetails(manager, deletedIds)) : [];
    const result: PermanentDeletionOf<E> = {
      deleted: deleted.sort((a, b) => spec.sortKey(a).localeCompare(spec.sortKey(b))),
      notFoundIds: unique.filter((id) => !deletedIds.includes(id)),
      fileIds,
    };
    if (deleted.length > 0) await audit(manager, result);
    return result;
  });
  await storedFiles.deleteContents(companyId, deletion.fileIds);
  return deletion;
}
