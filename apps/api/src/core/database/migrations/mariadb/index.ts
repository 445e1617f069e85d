import { Foundation1795602061584 } from './1795602061584-Foundation';

/** Applied in this order; a new migration is appended by scripts/generate-migration.ts. */
export const MARIADB_MIGRATIONS: Function[] = [Foundation1795602061584];
