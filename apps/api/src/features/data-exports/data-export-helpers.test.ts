import 'reflect-metadata';
import { formatBytes, periodInstants } from './data-export-builder';
import { isUniqueViolation } from '../../core/database/sql-dialect';
import { parseCalendarDay } from './data-exports.types';

describe('periodInstants', () => {
  it('turns inclusive days in the company zone into the first and last instant', () => {
    expect(periodInstants('2026-03-14', '2026-03-15', 'Asia/Seoul')).toEqual({
      from: new Date('2026-03-13T15:00:00.000Z'),
      to: new Date('2026-03-15T14:59:59.999Z'),
    });
    expect(periodInstants(null, '2026-03-15', 'America/New_York')).toEqual({ from: null, to: new Date('2026-03-16T03:59:59.999Z') });
    expect(periodInstants(null, null, 'UTC')).toEqual({ from: null, to: null });
  });
});

describe('parseCalendarDay', () => {
  it('accepts real days only', () => {
    expect(parseCalendarDay('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '20260101', '2026-01-01T00:00:00Z', '1899-12-31']) expect(parseCalendarDay(bad)).toBeNull();
  });
});

describe('formatBytes', () => {
  it('uses decimal units like the split sizes', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_500)).toBe('1.5 KB');
    expect(formatBytes(500_000_000)).toBe('500 MB');
    expect(formatBytes(4_000_000_000)).toBe('4.0 GB');
  });
});

describe('isUniqueViolation', () => {
  it('recognises SQLite and MariaDB duplicate keys, wrapped by TypeORM or not', () => {
    expect(isUniqueViolation({ driverError: { code: 'SQLITE_CONSTRAINT_UNIQUE' } })).toBe(true);
    expect(isUniqueViolation({ driverError: { code: 'ER_DUP_ENTRY', errno: 1062 } })).toBe(true);
    expect(isUniqueViolation({ errno: 1062 })).toBe(true);
    expect(isUniqueViolation({ driverError: { code: 'SQLITE_BUSY' } })).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
