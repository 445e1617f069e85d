import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import type { FileStorage } from '../../core/files/storage/file-storage';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Logger } from '../../core/logging/logger';
import { StoredFile } from './stored-file.entity';

/** Characters that have no place in a file name: C0/C1 controls, line and paragraph separators, path separators. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u2028\u2029/\\]/;
const CONTENT_TYPE = /^[a-z0-9!#$&^_.+-]{1,63}\/[a-z0-9!#$&^_.+-]{1,63}$/;

/**
 * An original file name as given by an integration: 1–255 characters, no control characters, no
 * path separators, not `.` or `..`. It is kept only as metadata (shown in lists, used as the name
 * of a download or a zip entry); storage paths never contain it.
 */
export function validateOriginalName(name: unknown, field = 'name'): string {
  if (typeof name !== 'string' || name.trim() === '') throw new BadUserInputError('Give the file’s original name.', { field });
  if (name.length > 255) throw new BadUserInputError('The file name may have at most 255 characters.', { field });
  if (FORBIDDEN_IN_NAME.test(name) || name === '.' || name === '..') {
    throw new BadUserInputError('The file name may not contain control characters, "/" or "\\".', { field });
  }
  return name;
}

/** A MIME type such as `application/pdf` (parameters dropped); `application/octet-stream` when none is given. */
export function normalizeContentType(header: string | undefined | null, field = 'contentType'): string {
  if (!header || !header.trim()) return 'application/octet-stream';
  const essence = header.split(';')[0].trim().toLowerCase();
  if (!CONTENT_TYPE.test(essence)) throw new BadUserInputError(`"${header.slice(0, 100)}" is not a MIME type.`, { field });
  return essence;
}

/** Uploaded files: metadata in `stored_files`, bytes in the file storage, both scoped to a company. */
export class StoredFilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: FileStorage,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** The storage key of a stored file: ids only. */
  static keyOf(companyId: string, fileId: string): string {
    return `${companyId}/${fileId}`;
  }

  /**
   * Writes the bytes, then the row. A failed write leaves neither; if the row cannot be written
   * the bytes are removed again.
   */
  async upload(
    companyId: string,
    meta: { originalName: string; contentType: string },
    content: Readable,
    options: { maxBytes: number; signal?: AbortSignal },
  ): Promise<StoredFile> {
    const id = randomUUID();
    const key = StoredFilesService.keyOf(companyId, id);
    const { size, sha256 } = await this.files.put(key, content, options);
    const repository = this.dataSource.getRepository(StoredFile);
    try {
      return await repository.save(
        repository.create({ id, companyId, originalName: meta.originalName, contentType: meta.contentType, size, sha256, createdAt: this.clock.now() }),
      );
    } catch (error) {
      await this.files.delete(key);
      throw error;
    }
  }

  /** The company's files with these ids (others' and unknown ids are simply absent). */
  async findMany(companyId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<StoredFile[]> {
    if (ids.length === 0) return [];
    return manager.getRepository(StoredFile).findBy({ companyId, id: In([...ids]) });
  }

  /** The bytes of one of the company's files as a stream. */
  async open(companyId: string, fileId: string): Promise<Readable> {
    return this.files.get(StoredFilesService.keyOf(companyId, fileId));
  }

  /**
   * Deletes the rows of files nothing references any more, inside the caller's transaction (after
   * it removed its own references), and answers their ids: call `deleteContents` with them after
   * the commit. A file another record still holds (any entity with a `fileId` column, whatever the
   * feature) is kept, so one feature's permanent delete never takes another's attachment.
   */
  async deleteRows(manager: EntityManager, companyId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const held = new Set<string>();
    for (const metadata of manager.connection.entityMetadatas) {
      const column = metadata.findColumnWithPropertyName('fileId');
      if (!column) continue;
      const rows: Array<{ file_id: string }> = await manager
        .createQueryBuilder()
        .select(`t.${column.databaseName}`, 'file_id')
        .from(metadata.target, 't')
        .where(`t.${column.databaseName} IN (:...ids)`, { ids })
        .getRawMany();
      for (const row of rows) held.add(String(row.file_id));
    }
    const free = ids.filter((id) => !held.has(id));
    if (free.length > 0) await manager.getRepository(StoredFile).delete({ companyId, id: In(free) });
    return free;
  }

  /**
   * Removes the bytes of files whose rows are gone. Runs after the commit, so a rolled-back delete
   * never loses content; a failure here leaves an unreferenced file, logged, never a dangling row.
   */
  async deleteContents(companyId: string, ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      try {
        await this.files.delete(StoredFilesService.keyOf(companyId, id));
      } catch (error) {
        this.logger.error('could not delete a stored file', { companyId, fileId: id, error });
      }
    }
  }
}
