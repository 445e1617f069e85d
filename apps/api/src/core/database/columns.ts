import { Column, PrimaryGeneratedColumn, type ValueTransformer, getMetadataArgsStorage } from 'typeorm';

/**
 * Dates are stored in UTC with millisecond precision on both engines (DATETIME(3) on MariaDB,
 * ISO-like text on SQLite); the company time zone is applied only when showing them (R62).
 */
export const TIMESTAMP = { type: 'datetime', precision: 3 } as const;

/** SQLite has no boolean type and MariaDB's TINYINT comes back as a number. */
export const booleanColumn: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: unknown) => value === true || value === 1 || value === '1',
};

type ColumnArgs = { target: Function | string; propertyName: string; options: { type?: unknown } };
const autoIncrementIds: ColumnArgs[] = [];

/**
 * A 64-bit auto-increment primary key on both engines. MariaDB needs BIGINT; SQLite allows
 * AUTOINCREMENT only on the exact type INTEGER (already 64-bit there). The column is declared as
 * BIGINT and `useAutoIncrementIdType` sets the dialect's type before a DataSource builds its metadata.
 * The values are exposed as strings (mysql2 returns BIGINT as strings, SQLite as numbers).
 */
export function AutoIncrementId(): PropertyDecorator {
  return (target, propertyKey) => {
    PrimaryGeneratedColumn({ type: 'bigint' })(target, propertyKey);
    const args = getMetadataArgsStorage().columns.find(
      (column) => column.target === target.constructor && column.propertyName === propertyKey,
    );
    if (args) autoIncrementIds.push(args as unknown as ColumnArgs);
  };
}

const longTexts: ColumnArgs[] = [];

/**
 * A text column for rich-text bodies: MEDIUMTEXT (16 MB) on MariaDB, whose TEXT holds only 64 KB;
 * TEXT on SQLite (unlimited, and SQLite knows no MEDIUMTEXT). Set per dialect like `AutoIncrementId`.
 */
export function LongTextColumn(options: { nullable?: boolean } = {}): PropertyDecorator {
  return (target, propertyKey) => {
    Column({ type: 'text', nullable: options.nullable ?? false })(target, propertyKey);
    const args = getMetadataArgsStorage().columns.find(
      (column) => column.target === target.constructor && column.propertyName === propertyKey,
    );
    if (args) longTexts.push(args as unknown as ColumnArgs);
  };
}

export function useAutoIncrementIdType(dialect: 'sqlite' | 'mariadb'): void {
  for (const column of autoIncrementIds) column.options.type = dialect === 'sqlite' ? 'integer' : 'bigint';
  for (const column of longTexts) column.options.type = dialect === 'sqlite' ? 'text' : 'mediumtext';
}
