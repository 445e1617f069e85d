import { type EntityManager, In, Not } from 'typeorm';
import { BadUserInputError } from '../../core/graphql/errors';
import { resolveReferencedFiles } from '../source-domains/referenced-files';
import type { StoredFile } from './stored-file.entity';
import type { StoredFilesService } from './stored-files.service';
import { validateOriginalName } from './stored-files.service';
import type { Attachment, AttachmentInput } from './attachment.types';

/** An attachment ready to store: the uploaded file and the name it carries in the document. */
export interface ResolvedAttachment {
  file: StoredFile;
  name: string;
}

/**
 * Resolves a document's attachments: each an uploaded file of the caller's company (named
 * `attachments[i]` when not), listed once, and not attached to another document — a permanent
 * delete removes a document's files, which must not take another document's attachment with them.
 * `attachedElsewhere` answers which of the ids another record already holds.
 */
export async function resolveAttachments(
  storedFiles: StoredFilesService,
  manager: EntityManager,
  companyId: string,
  inputs: readonly AttachmentInput[] | null | undefined,
  attachedElsewhere: (fileIds: string[]) => Promise<string[]>,
): Promise<ResolvedAttachment[]> {
  const list = inputs ?? [];
  const files = await resolveReferencedFiles(storedFiles, manager, companyId, list.map((input) => input.fileId), 'attachments');
  const taken = new Set(await attachedElsewhere(files.map((file) => file.id)));
  return files.map((file, index) => {
    if (taken.has(file.id)) {
      throw new BadUserInputError(`attachments[${index}]: file ${file.id} is already attached to another document; upload it again.`, {
        field: `attachments[${index}]`,
        index,
      });
    }
    const given = list[index].name;
    const name = given == null || given.trim() === '' ? file.originalName : validateOriginalName(given, `attachments[${index}].name`);
    return { file, name };
  });
}

/** Ids among `fileIds` held by rows of `entity` other than those of `ownerId` (column `ownerColumn`). */
export async function fileIdsHeldBy(
  manager: EntityManager,
  entity: new () => { fileId: string },
  ownerColumn: string,
  ownerId: string | null,
  fileIds: string[],
): Promise<string[]> {
  if (fileIds.length === 0) return [];
  const where: Record<string, unknown> = { fileId: In(fileIds) };
  if (ownerId) where[ownerColumn] = Not(ownerId);
  const rows = await manager.getRepository(entity).find({ where, select: { fileId: true } as never });
  return rows.map((row) => row.fileId);
}

/** An attachment row of a document-like record: a file under its name, at a position. */
type AttachmentRow = { companyId: string; fileId: string; name: string; position: number };

/**
 * Attachments of many owners with their files' sizes and types, in one query per table: the rows of
 * `entity` whose `ownerColumn` is one of `ownerIds`, per owner id in position order.
 */
export async function attachmentsOf<A extends AttachmentRow, K extends keyof A & string>(
  manager: EntityManager,
  storedFiles: StoredFilesService,
  companyId: string,
  entity: new () => A & Record<K, string>,
  ownerColumn: K,
  ownerIds: readonly string[],
): Promise<Map<string, Attachment[]>> {
  const found: A[] = await manager.getRepository(entity).find({ where: { companyId, [ownerColumn]: In([...ownerIds]) } as never });
  const rows = found.map((row) => ({ ownerId: row[ownerColumn] as string, fileId: row.fileId, name: row.name, position: row.position }));
  const files = new Map((await storedFiles.findMany(companyId, [...new Set(rows.map((row) => row.fileId))], manager)).map((file) => [file.id, file]));
  const byOwner = new Map<string, Attachment[]>();
  for (const row of [...rows].sort((a, b) => a.position - b.position)) {
    const file = files.get(row.fileId);
    const list = byOwner.get(row.ownerId) ?? [];
    list.push({ fileId: row.fileId, name: row.name, size: file?.size ?? 0, contentType: file?.contentType ?? 'application/octet-stream' });
    byOwner.set(row.ownerId, list);
  }
  return byOwner;
}
