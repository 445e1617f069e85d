import { BadUserInputError } from '../../core/graphql/errors';
import type { StoredFile } from '../stored-files/stored-file.entity';
import type { StoredFilesService } from '../stored-files/stored-files.service';
import { type ImageType, imageTypeOf, readHead } from './image-type';

/**
 * The PNG/GIF type of an uploaded file, from its first bytes; BAD_USER_INPUT naming `field` when it
 * is anything else, whatever content type the upload declared.
 */
export async function requireImage(storedFiles: StoredFilesService, file: StoredFile, field: string): Promise<ImageType> {
  const type = imageTypeOf(await readHead(await storedFiles.open(file.companyId, file.id)));
  if (!type) {
    throw new BadUserInputError(`${field}: file ${file.id} ("${file.originalName}") is not a PNG or GIF image.`, { field });
  }
  return type;
}
