/** The table name used when none is configured. */
export const DEFAULT_TABLE_NAME = 'agenda_jobs';

// Index names are derived from the table name and MySQL caps identifiers at 64 characters.
const TABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,47}$/;

/** Validates a table name: it is interpolated into SQL, so only plain identifiers are accepted. */
export function checkTableName(tableName: string = DEFAULT_TABLE_NAME): string {
  if (!TABLE_NAME_PATTERN.test(tableName)) {
    throw new Error(
      `agenda-typeorm-backend: invalid table name "${tableName}" (letters, digits and _ only, at most 48 characters)`,
    );
  }
  return tableName;
}

/** Names of the indexes of a jobs table. */
export function indexNames(tableName: string): { lock: string; uniqueKey: string } {
  return { lock: `${tableName}_lock_idx`, uniqueKey: `${tableName}_unique_key_uq` };
}
