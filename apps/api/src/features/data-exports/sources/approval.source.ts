import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataExportItem, type LabelKey, Service, t } from '@warden/shared';
import type { FileStorage } from '../../../core/files/storage/file-storage';
import { renderApprovalDocumentPdf, renderPledgePdf } from '../../../core/files/pdf/document-pdf';
import { pdfCodeLabel } from '../../../core/files/pdf/pdf-labels';
import type { XlsxCellValue } from '../../../core/files/xlsx/xlsx-writer';
import { formatInZone } from '../../../core/time/zoned-time';
import { ApprovalDocumentAttachment, ApprovalDocument, CLOSED_APPROVAL_STATUSES } from '../../approval-documents/approval-document.entity';
import { ApprovalDocumentsService } from '../../approval-documents/approval-documents.service';
import { approvalDocumentPdf } from '../../approval-documents/deleted-document-pdf';
import { pledgePdf } from '../../pledges/deleted-pledge-pdf';
import { Pledge, PledgeAttachment } from '../../pledges/pledge.entity';
import { PledgesService } from '../../pledges/pledges.service';
import {
  type ListColumn,
  UniqueNames,
  dateFolders,
  fileNamesCell,
  generatedFileEntry,
  itemFolder,
  listEntry,
  safeName,
  storedFileEntry,
  withinPeriod,
  workFile,
} from '../../source-domains/export-files';
import type { Attachment } from '../../stored-files/attachment.types';
import { StoredFilesService } from '../../stored-files/stored-files.service';
import { type ExportEntry, type ExportItemSource, type ExportPlanContext, type ExportSourceContext, largestLinkedFile } from './export-source';
import type { ExportSourceDeps } from './export-sources';

/** A generated PDF: rendered into the work folder first (its size must be known before the zip writer plans the entry). */
async function pdfEntry(ctx: ExportSourceContext, entryPath: string[], render: () => Readable): Promise<ExportEntry> {
  const file = workFile(ctx, '.pdf');
  await pipeline(render(), fs.createWriteStream(file), { signal: ctx.signal });
  return generatedFileEntry(file, entryPath, 'STORE');
}

/**
 * One PDF per record in `YYYY/MM/DD` folders (the record's day in the company zone) and, when included,
 * its attachments as stored beside it in `<number>_attachments/`, under the names they carry in it.
 */
async function* documentEntries<T extends { attachments: readonly Attachment[] }>(
  ctx: ExportSourceContext,
  files: FileStorage,
  records: AsyncIterable<T>,
  kind: {
    readonly item: DataExportItem;
    readonly service: Service;
    readonly day: (record: T) => Date;
    readonly number: (record: T) => string;
    readonly render: (record: T) => Readable;
  },
): AsyncGenerator<ExportEntry> {
  const folder = itemFolder(ctx, kind.service, `dataExport.item.${kind.item}` as LabelKey);
  const attachmentsLabel = t(ctx.language, 'dataExport.attachments');
  for await (const record of records) {
    ctx.signal.throwIfAborted();
    const day = dateFolders(kind.day(record), ctx.timeZone);
    const number = safeName(kind.number(record));
    yield await pdfEntry(ctx, [...folder, ...day, `${number}.pdf`], () => kind.render(record));
    if (!ctx.includeAttachments) continue;
    const owner = { item: kind.item, document: kind.number(record) };
    const names = new UniqueNames();
    for (const { fileId: id, name: originalName, size, contentType } of record.attachments) {
      const entryPath = [...folder, ...day, `${number}_${attachmentsLabel}`, names.take(safeName(originalName, 150))];
      yield storedFileEntry(files, { companyId: ctx.companyId, id, originalName, size, contentType }, entryPath, owner);
    }
  }
}

const APPROVAL_COLUMNS: ListColumn[] = [
  { label: 'deletedDocuments.column.documentNumber', width: 20 },
  { label: 'deletedDocuments.column.title', width: 40 },
  { label: 'deletedDocuments.column.form', width: 20 },
  { label: 'deletedDocuments.column.drafter', width: 16 },
  { label: 'deletedDocuments.column.createdAt', kind: 'date-text' },
  { label: 'deletedDocuments.column.status', width: 12 },
  { label: 'dataExport.column.approvalLine', width: 40 },
  { label: 'deletedDocuments.column.attachments', width: 40 },
];

const PLEDGE_COLUMNS: ListColumn[] = [
  { label: 'deletedPledges.column.pledgeNumber', width: 20 },
  { label: 'deletedPledges.column.name', width: 40 },
  { label: 'deletedPledges.column.signer', width: 16 },
  { label: 'deletedPledges.column.signedAt', kind: 'date-text' },
  { label: 'deletedDocuments.column.attachments', width: 40 },
];

function services(deps: ExportSourceDeps) {
  const storedFiles = new StoredFilesService(deps.dataSource, deps.files, deps.clock, deps.logger);
  return {
    approval: new ApprovalDocumentsService(deps.dataSource, storedFiles, deps.clock),
    pledges: new PledgesService(deps.dataSource, storedFiles, deps.clock),
  };
}

const exportWindow = (ctx: ExportSourceContext) => ({ from: ctx.period.from, to: ctx.period.to, snapshotAt: ctx.snapshotAt });

/** The attachments of the closed documents an export holds (the same conditions as the documents), joined as `a` (link) and `d` (document). */
function approvalAttachmentsQuery(deps: ExportSourceDeps, ctx: ExportPlanContext) {
  const query = deps.dataSource
    .getRepository(ApprovalDocumentAttachment)
    .createQueryBuilder('a')
    .innerJoin(ApprovalDocument, 'd', 'd.id = a.documentId')
    .where('a.companyId = :companyId AND d.companyId = :companyId', { companyId: ctx.companyId })
    .andWhere('d.status IN (:...closed)', { closed: CLOSED_APPROVAL_STATUSES })
    .andWhere('d.updatedAt <= :snapshotAt', { snapshotAt: ctx.snapshotAt })
    .andWhere('(d.deletedAt IS NULL OR d.deletedAt > :snapshotAt)', { snapshotAt: ctx.snapshotAt });
  return withinPeriod(query, 'd.createdAt', ctx);
}

/** The attachments of the pledges an export holds, joined as `a` (link) and `d` (pledge). */
function pledgeAttachmentsQuery(deps: ExportSourceDeps, ctx: ExportPlanContext) {
  const query = deps.dataSource
    .getRepository(PledgeAttachment)
    .createQueryBuilder('a')
    .innerJoin(Pledge, 'd', 'd.id = a.pledgeId')
    .where('a.companyId = :companyId AND d.companyId = :companyId', { companyId: ctx.companyId })
    .andWhere('d.registeredAt <= :snapshotAt', { snapshotAt: ctx.snapshotAt })
    .andWhere('(d.deletedAt IS NULL OR d.deletedAt > :snapshotAt)', { snapshotAt: ctx.snapshotAt });
  return withinPeriod(query, 'd.signedAt', ctx);
}

/**
 * APPROVAL_DOCUMENTS (R43): one PDF per closed document (completed, declined, canceled) that existed,
 * closed and undeleted, at the request; in-progress documents are left out. `YYYY/MM/DD` folders by
 * creation date in the company zone; attachments beside their PDF in `<number>_attachments/`.
 */
export function approvalDocumentsSource(deps: ExportSourceDeps): ExportItemSource {
  const { approval } = services(deps);
  return {
    item: DataExportItem.APPROVAL_DOCUMENTS,
    async count(ctx) {
      const documents = await approval.countClosedForExport(ctx.companyId, exportWindow(ctx));
      return documents + (ctx.includeAttachments ? await approvalAttachmentsQuery(deps, ctx).getCount() : 0);
    },
    async largestFile(ctx) {
      if (!ctx.includeAttachments) return null;
      return largestLinkedFile(approvalAttachmentsQuery(deps, ctx), { link: 'a', name: 'a.name', document: 'd.documentNumber' });
    },
    entries: (ctx) =>
      documentEntries(ctx, deps.files, approval.iterateClosedForExport(ctx.companyId, exportWindow(ctx)), {
        item: DataExportItem.APPROVAL_DOCUMENTS,
        service: Service.APPROVAL,
        day: (document) => document.createdAt,
        number: (document) => document.documentNumber,
        render: (document) => renderApprovalDocumentPdf(approvalDocumentPdf(document), { language: ctx.language, timeZone: ctx.timeZone }),
      }),
  };
}

/** APPROVAL_DOCUMENT_LIST: the same closed documents as one spreadsheet, headers in the company language. */
export function approvalDocumentListSource(deps: ExportSourceDeps): ExportItemSource {
  const { approval } = services(deps);
  return {
    item: DataExportItem.APPROVAL_DOCUMENT_LIST,
    count: async () => 1,
    async *entries(ctx) {
      async function* rows(): AsyncGenerator<XlsxCellValue[]> {
        for await (const document of approval.iterateClosedForExport(ctx.companyId, exportWindow(ctx))) {
          yield [
            document.documentNumber,
            document.title,
            document.formName,
            document.drafterName,
            formatInZone(document.createdAt, ctx.timeZone),
            t(ctx.language, `approvalStatus.${document.status}` as LabelKey),
            (document.approvalLine ?? [])
              .map((entry) => `${entry.approverName} (${pdfCodeLabel('decision', entry.decision, ctx.language)})`)
              .join('\n') || null,
            fileNamesCell(document.attachments.map((file) => file.name)),
          ];
        }
      }
      yield await listEntry(ctx, [t(ctx.language, 'service.APPROVAL')], DataExportItem.APPROVAL_DOCUMENT_LIST, APPROVAL_COLUMNS, rows());
    },
  };
}

/** PLEDGE_DOCUMENTS: one PDF per signed pledge at the request, in `YYYY/MM/DD` folders by signing date; attachments beside it. */
export function pledgeDocumentsSource(deps: ExportSourceDeps): ExportItemSource {
  const { pledges } = services(deps);
  return {
    item: DataExportItem.PLEDGE_DOCUMENTS,
    async count(ctx) {
      const count = await pledges.countForExport(ctx.companyId, exportWindow(ctx));
      return count + (ctx.includeAttachments ? await pledgeAttachmentsQuery(deps, ctx).getCount() : 0);
    },
    async largestFile(ctx) {
      if (!ctx.includeAttachments) return null;
      return largestLinkedFile(pledgeAttachmentsQuery(deps, ctx), { link: 'a', name: 'a.name', document: 'd.pledgeNumber' });
    },
    entries: (ctx) =>
      documentEntries(ctx, deps.files, pledges.iterateForExport(ctx.companyId, exportWindow(ctx)), {
        item: DataExportItem.PLEDGE_DOCUMENTS,
        service: Service.PLEDGE,
        day: (pledge) => pledge.signedAt,
        number: (pledge) => pledge.pledgeNumber,
        render: (pledge) => renderPledgePdf(pledgePdf(pledge), { language: ctx.language, timeZone: ctx.timeZone }),
      }),
  };
}

/** PLEDGE_LIST: the signed pledges as one spreadsheet. */
export function pledgeListSource(deps: ExportSourceDeps): ExportItemSource {
  const { pledges } = services(deps);
  return {
    item: DataExportItem.PLEDGE_LIST,
    count: async () => 1,
    async *entries(ctx) {
      async function* rows(): AsyncGenerator<XlsxCellValue[]> {
        for await (const pledge of pledges.iterateForExport(ctx.companyId, exportWindow(ctx))) {
          yield [pledge.pledgeNumber, pledge.name, pledge.signerName, formatInZone(pledge.signedAt, ctx.timeZone), fileNamesCell(pledge.attachments.map((file) => file.name))];
        }
      }
      yield await listEntry(ctx, [t(ctx.language, 'service.PLEDGE')], DataExportItem.PLEDGE_LIST, PLEDGE_COLUMNS, rows());
    },
  };
}

/** The Approval and Pledge export sources. */
export function approvalExportSources(deps: ExportSourceDeps): ExportItemSource[] {
  return [approvalDocumentsSource(deps), approvalDocumentListSource(deps), pledgeDocumentsSource(deps), pledgeListSource(deps)];
}
