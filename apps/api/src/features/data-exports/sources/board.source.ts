import fs from 'node:fs';
import { type DataSource, type EntityManager, In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { DataExportItem, Service, t } from '@warden/shared';
import { formatInZone } from '../../../core/time/zoned-time';
import { BoardNotice, BoardNoticeFile, BoardNoticeFileKind } from '../../board/board-notice.entity';
import { relativeUrl, renderNoticePage } from '../../board/notice-page';
import {
  UniqueNames,
  dateFolders,
  generatedFileEntry,
  itemFolder,
  keysetPages,
  safeName,
  storedFileEntry,
  withinPeriod,
  workFile,
} from '../../source-domains/export-files';
import { type ImageType, imageExtension } from '../../source-domains/image-type';
import { StoredFile } from '../../stored-files/stored-file.entity';
import { type ExportEntry, type ExportItemSource, type ExportPlanContext, type ExportSourceContext, largestLinkedFile } from './export-source';
import type { ExportSourceDeps } from './export-sources';

/** Notices registered at/before the snapshot and posted within the period, as alias `n`. */
function noticeFilter<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, ctx: ExportPlanContext): SelectQueryBuilder<T> {
  query
    .andWhere('n.companyId = :companyId', { companyId: ctx.companyId })
    .andWhere('n.registeredAt <= :snapshotAt', { snapshotAt: ctx.snapshotAt });
  return withinPeriod(query, 'n.postedAt', ctx);
}

function noticePages(dataSource: DataSource, ctx: ExportSourceContext): AsyncGenerator<BoardNotice[]> {
  return keysetPages(() => noticeFilter(dataSource.getRepository(BoardNotice).createQueryBuilder('n'), ctx), 'n', ['postedAt', 'id'], ctx.signal);
}

interface NoticeFiles {
  images: Array<{ link: BoardNoticeFile; file: StoredFile }>;
  attachments: StoredFile[];
}

async function filesOf(manager: EntityManager, companyId: string, noticeIds: string[]): Promise<Map<string, NoticeFiles>> {
  const byNotice = new Map<string, NoticeFiles>(noticeIds.map((id) => [id, { images: [], attachments: [] }]));
  if (noticeIds.length === 0) return byNotice;
  const links = await manager.getRepository(BoardNoticeFile).find({
    where: { companyId, noticeId: In(noticeIds) },
    order: { kind: 'ASC', position: 'ASC' },
  });
  const files = new Map(
    (await manager.getRepository(StoredFile).findBy({ companyId, id: In([...new Set(links.map((link) => link.fileId))]) })).map((file) => [file.id, file]),
  );
  for (const link of links) {
    const file = files.get(link.fileId);
    if (!file) throw new Error(`A file of notice ${link.noticeId} (${link.fileId}) is registered but its file record is gone.`);
    const entry = byNotice.get(link.noticeId)!;
    if (link.kind === BoardNoticeFileKind.IMAGE) entry.images.push({ link, file });
    else entry.attachments.push(file);
  }
  return byNotice;
}

/**
 * BOARD_NOTICES: per notice a folder `YYYY/MM/DD/<title>/` (posting day in the company zone) with a
 * standalone page `<title>.html`, the images its body shows (`images/01.png`, …, always: they are part
 * of the page) and, when included, its attachments (`attachments/<name>`), linked from the page.
 */
export function boardNoticesSource({ dataSource, files }: ExportSourceDeps): ExportItemSource {
  return {
    item: DataExportItem.BOARD_NOTICES,
    async count(ctx) {
      const notices = await noticeFilter(dataSource.getRepository(BoardNotice).createQueryBuilder('n'), ctx).getCount();
      const linked = noticeFilter(
        dataSource.getRepository(BoardNoticeFile).createQueryBuilder('f').innerJoin(BoardNotice, 'n', 'n.id = f.noticeId'),
        ctx,
      );
      if (!ctx.includeAttachments) linked.andWhere('f.kind = :image', { image: BoardNoticeFileKind.IMAGE });
      return notices + (await linked.getCount());
    },
    async largestFile(ctx) {
      // Images always (they are part of the page), attachments when included — as `entries` does.
      const links = noticeFilter(dataSource.getRepository(BoardNoticeFile).createQueryBuilder('l').innerJoin(BoardNotice, 'n', 'n.id = l.noticeId'), ctx);
      if (!ctx.includeAttachments) links.andWhere('l.kind = :image', { image: BoardNoticeFileKind.IMAGE });
      return largestLinkedFile(links, { link: 'l', name: 'f.originalName', document: 'n.title' });
    },
    async *entries(ctx): AsyncGenerator<ExportEntry> {
      const folder = itemFolder(ctx, Service.BOARD, 'dataExport.item.BOARD_NOTICES');
      const imagesFolder = t(ctx.language, 'sourceExport.notice.images');
      const attachmentsFolder = t(ctx.language, 'sourceExport.attachments');
      const labels = {
        author: t(ctx.language, 'sourceExport.notice.author'),
        postedAt: t(ctx.language, 'sourceExport.notice.postedAt'),
        attachments: t(ctx.language, 'sourceExport.attachments'),
      };
      const dayFolders = new Map<string, UniqueNames>();
      for await (const page of noticePages(dataSource, ctx)) {
        const filesByNotice = await filesOf(dataSource.manager, ctx.companyId, page.map((notice) => notice.id));
        for (const notice of page) {
          ctx.signal.throwIfAborted();
          const day = dateFolders(notice.postedAt, ctx.timeZone);
          const dayKey = day.join('/');
          if (!dayFolders.has(dayKey)) dayFolders.set(dayKey, new UniqueNames());
          const noticeName = dayFolders.get(dayKey)!.take(safeName(notice.title, 60));
          const noticeFolder = [...folder, ...day, noticeName];
          const owner = { item: DataExportItem.BOARD_NOTICES, document: `"${notice.title}" (${notice.sourceNoticeId})` };
          const { images, attachments } = filesByNotice.get(notice.id)!;

          // Image names are chosen here (numbered, ASCII) so the page's links match the archive exactly.
          const width = String(images.length).length < 2 ? 2 : String(images.length).length;
          const imageEntries = images.map(({ link, file }, index) => {
            const name = `${String(index + 1).padStart(width, '0')}${imageExtension(link.contentType as ImageType)}`;
            return { source: link.source ?? '', name, file };
          });
          const attachmentNames = new UniqueNames();
          const attachmentEntries = ctx.includeAttachments
            ? attachments.map((file) => ({ name: attachmentNames.take(safeName(file.originalName, 90)), file }))
            : [];

          const html = renderNoticePage({
            language: ctx.language,
            title: notice.title,
            labels,
            authorName: notice.authorName,
            postedAt: formatInZone(notice.postedAt, ctx.timeZone),
            bodyHtml: notice.bodyHtml,
            images: new Map(imageEntries.map((image) => [image.source, relativeUrl([imagesFolder, image.name])])),
            attachments: attachmentEntries.map((attachment) => ({ name: attachment.name, href: relativeUrl([attachmentsFolder, attachment.name]) })),
          });
          const file = workFile(ctx, '.html');
          await fs.promises.writeFile(file, html, { signal: ctx.signal });
          yield await generatedFileEntry(file, [...noticeFolder, `${noticeName}.html`], 'DEFLATE');
          for (const image of imageEntries) yield storedFileEntry(files, image.file, [...noticeFolder, imagesFolder, image.name], owner);
          for (const attachment of attachmentEntries) {
            ctx.signal.throwIfAborted();
            yield storedFileEntry(files, attachment.file, [...noticeFolder, attachmentsFolder, attachment.name], owner);
          }
        }
      }
    },
  };
}

/** The board domain's export sources, for the registry. */
export function boardExportSources(deps: ExportSourceDeps): ExportItemSource[] {
  return [boardNoticesSource(deps)];
}
