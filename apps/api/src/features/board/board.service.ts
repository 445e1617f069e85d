import type { DataSource } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import { BadUserInputError } from '../../core/graphql/errors';
import { Employee } from '../employees/employee.entity';
import { requireImage } from '../source-domains/image-files';
import { MAX_FILES_PER_RECORD, resolveReferencedFile, resolveReferencedFiles } from '../source-domains/referenced-files';
import { instant, lockForUpdate, requiredText, retryOnWriteRace, rowId } from '../source-domains/validation';
import type { StoredFilesService } from '../stored-files/stored-files.service';
import { BoardNotice, BoardNoticeFile, BoardNoticeFileKind, MAX_NOTICE_BODY_BYTES } from './board-notice.entity';
import type { RegisterBoardNoticeInput } from './board.inputs';

/** Notices pushed by the board service (issue 7), scoped to the caller's company. */
export class BoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storedFiles: StoredFilesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores a notice, or updates the one with the same board id (fields, images and attachments
   * replaced). Every check runs before anything is written: a bad field stores nothing.
   */
  async registerNotice(companyId: string, input: RegisterBoardNoticeInput): Promise<BoardNotice> {
    const now = this.clock.now();
    const values = {
      sourceNoticeId: requiredText(input.sourceNoticeId, 'sourceNoticeId', 100),
      title: requiredText(input.title, 'title', 300),
      authorEmployeeId: rowId(input.authorEmployeeId, 'authorEmployeeId', 'employee'),
      bodyHtml: bodyOf(input.bodyHtml),
      postedAt: instant(input.postedAt, 'postedAt', now),
    };
    const manager = this.dataSource.manager;
    const author = await manager.getRepository(Employee).findOneBy({ companyId, id: values.authorEmployeeId });
    if (!author) throw new BadUserInputError(`authorEmployeeId: no employee ${values.authorEmployeeId} in your company.`, { field: 'authorEmployeeId' });

    const imageInputs = input.images ?? [];
    if (imageInputs.length > MAX_FILES_PER_RECORD) {
      throw new BadUserInputError(`images: at most ${MAX_FILES_PER_RECORD} images per notice (got ${imageInputs.length}).`, { field: 'images' });
    }
    const sources = new Set<string>();
    const images: Array<{ fileId: string; source: string; contentType: string }> = [];
    for (const [index, image] of imageInputs.entries()) {
      const source = requiredText(image.source, `images[${index}].source`, 2000);
      if (sources.has(source)) {
        throw new BadUserInputError(`images[${index}].source: ${source} is listed twice.`, { field: `images[${index}].source`, index });
      }
      sources.add(source);
      const file = await resolveReferencedFile(this.storedFiles, manager, companyId, image.fileId, `images[${index}].fileId`);
      images.push({ fileId: file.id, source, contentType: await requireImage(this.storedFiles, file, `images[${index}].fileId`) });
    }
    const attachments = await resolveReferencedFiles(this.storedFiles, manager, companyId, input.attachmentFileIds, 'attachmentFileIds');

    const write = () =>
      this.dataSource.transaction(async (tx) => {
        const notices = tx.getRepository(BoardNotice);
        const existing = await notices.findOne({ where: { companyId, sourceNoticeId: values.sourceNoticeId }, lock: lockForUpdate(tx) });
        const row = existing ?? notices.create({ companyId, registeredAt: now });
        Object.assign(row, values, { authorName: author.name, updatedAt: now });
        const saved = await notices.save(row);
        const files = tx.getRepository(BoardNoticeFile);
        await files.delete({ noticeId: saved.id });
        const rows = [
          ...images.map((image, position) => ({ companyId, noticeId: saved.id, kind: BoardNoticeFileKind.IMAGE, position, ...image })),
          ...attachments.map((file, position) => ({
            companyId,
            noticeId: saved.id,
            kind: BoardNoticeFileKind.ATTACHMENT,
            position,
            fileId: file.id,
            source: null,
            contentType: null,
          })),
        ];
        if (rows.length > 0) await files.insert(rows);
        return Object.assign(saved, {
          images: images.map(({ fileId, source }) => ({ fileId, source })),
          attachmentFileIds: attachments.map((file) => file.id),
        });
      });
    return retryOnWriteRace(write);
  }
}

function bodyOf(value: string | null | undefined): string {
  if (typeof value !== 'string') throw new BadUserInputError('bodyHtml: give the body.', { field: 'bodyHtml' });
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > MAX_NOTICE_BODY_BYTES) {
    throw new BadUserInputError(`bodyHtml: at most ${MAX_NOTICE_BODY_BYTES} bytes in UTF-8 (got ${bytes}).`, { field: 'bodyHtml' });
  }
  return value;
}
