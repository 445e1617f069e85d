import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../core/graphql/errors';
import type { StoredFile } from '../stored-files/stored-file.entity';
import type { StoredFilesService } from '../stored-files/stored-files.service';

/** Files one record may reference: far above real slips and notices, low enough to bound one request. */
export const MAX_FILES_PER_RECORD = 100;

/**
 * Resolves uploaded file ids given by an integration, in the order given. An id that is unknown or
 * belongs to another company is refused the same way (naming `field[index]`), so a token cannot
 * probe which ids exist elsewhere; a repeated id is refused because the export would hold it twice.
 */
export async function resolveReferencedFiles(
  storedFiles: StoredFilesService,
  manager: EntityManager,
  companyId: string,
  ids: readonly string[] | null | undefined,
  field: string,
): Promise<StoredFile[]> {
  const list = ids ?? [];
  if (list.length > MAX_FILES_PER_RECORD) {
    throw new BadUserInputError(`${field}: at most ${MAX_FILES_PER_RECORD} files per record (got ${list.length}).`, { field });
  }
  const seen = new Set<string>();
  list.forEach((id, index) => {
    if (seen.has(id)) throw new BadUserInputError(`${field}[${index}]: file ${id} is listed twice.`, { field: `${field}[${index}]`, index });
    seen.add(id);
  });
  const found = new Map((await storedFiles.findMany(companyId, list, manager)).map((file) => [file.id, file]));
  return list.map((id, index) => {
    const file = found.get(id);
    if (!file) {
      throw new BadUserInputError(`${field}[${index}]: no uploaded file ${id} in your company (upload it with POST /integration/files first).`, {
        field: `${field}[${index}]`,
        index,
      });
    }
    return file;
  });
}

/** One uploaded file id given in `field`; refused like `resolveReferencedFiles` when it is not the company's. */
export async function resolveReferencedFile(
  storedFiles: StoredFilesService,
  manager: EntityManager,
  companyId: string,
  id: string,
  field: string,
): Promise<StoredFile> {
  const [file] = await storedFiles.findMany(companyId, [id], manager);
  if (!file) throw new BadUserInputError(`${field}: no uploaded file ${id} in your company (upload it with POST /integration/files first).`, { field });
  return file;
}
