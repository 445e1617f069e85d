import { createHash } from 'node:crypto';

// JSON with object keys sorted, so `{ a, b }` and `{ b, a }` give the same key.
function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The `unique_key` of a job saved with `unique(criteria)`: a hash of its name and the criteria.
 * A UNIQUE index on it makes "insert unless it exists" atomic across processes.
 */
export function uniqueKeyFor(name: string, criteria: Record<string, unknown>): string {
  return sha256(`u\u0000${name}\u0000${canonicalJson(criteria)}`);
}

/** The `unique_key` of the one `type: 'single'` job of a name (what `agenda.every()` creates). */
export function singleKeyFor(name: string): string {
  return sha256(`s\u0000${name}`);
}
