import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../../core/graphql/errors';

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
