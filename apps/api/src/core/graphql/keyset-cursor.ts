import { BadUserInputError } from './errors';

/**
 * Keyset pagination over (occurredAt, id), newest first: the cursor is `[occurredAt ms, id]` as
 * base64url JSON, the position after a row. No OFFSET, so deep pages cost what the first does.
 */
export function encodeKeysetCursor(row: { occurredAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.occurredAt.getTime(), String(row.id)])).toString('base64url');
}

/** The position in a cursor this API returned; BAD_USER_INPUT naming `after` otherwise. */
export function decodeKeysetCursor(cursor: string): [Date, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [number, string];
    if (typeof at !== 'number' || typeof id !== 'string' || !/^\d{1,19}$/.test(id)) throw new Error('shape');
    return [new Date(at), id];
  } catch {
    throw new BadUserInputError('after is not a cursor this API returned.', { field: 'after' });
  }
}

/** `first` of a connection: 1 to `max`. */
export function assertPageSize(first: number, max = 200): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError(`first must be from 1 to ${max}.`, { field: 'first' });
  }
}
