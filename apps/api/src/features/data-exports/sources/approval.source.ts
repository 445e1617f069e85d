import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataExportItem, type LabelKey, Service, t } from '@warden/shared';
import { FileNotFoundError } from '../../../core/files/storage/file-storage';
import { type PdfAttachment, renderApprovalDocumentPdf, renderPledgePdf } from '../../../core/files/pdf/document-pdf';
import { pdfCodeLabel } from '../../../core/files/pdf/pdf-labels';
import type { XlsxCellValue, XlsxColumn } from '../../../core/files/xlsx/xlsx-writer';
import { formatInZone } from '../../../core/time/zoned-time';
import { ApprovalDocumentAttachment, ApprovalDocument, CLOSED_APPROVAL_STATUSES } from '../../approval-documents/approval-document.entity';
import { ApprovalDocumentsService } from '../../approval-documents/approval-documents.service';
import { Pledge, PledgeAttachment } from '../../pledges/pledge.entity';
import { PledgesService } from '../../pledges/pledges.service';
import { type ExportFileOwner, UniqueNames, compressionFor, dateFolders, itemFolder, safeName, workFile, xlsxEntry } from '../../source-domains/export-files';
import type { Attachment } from '../../stored-files/attachment.types';
import { StoredFilesService } from '../../stored-files/stored-files.service';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { StoredFile } from '../../stored-files/stored-file.entity';
import { missingFileFailure } from '../data-export-failure';
import { type ExportEntry, type ExportItemSource, type ExportPlanContext, type ExportSourceContext, type LargestExportFile, largestOf } from './export-source';
import type { ExportSourceDeps } from './export-sources';

/**
 * A generated PDF: rendered into the work folder first (its size must be known before the zip
 * writer plans the entry) and deleted as soon as the writer has read it, so the work folder holds
 * only the PDFs planned but not yet written, not every PDF of the export.
 */
async function pdfEntry(ctx: ExportSourceContext, entryPath: string[], render: () => Readable): Promise<ExportEntry> {
  const file = workFile(ctx, '.pdf');
  await pipeline(render(), fs.createWriteStream(file), { signal: ctx.signal });
  const { size } = await fs.promises.stat(file);
  return {
    path: entryPath,
    size,
    compression: 'STORE',
    open: () => {
      const stream = fs.createReadStream(file);
      stream.once('close', () => fs.rm(file, { force: true }, () => undefined));
      return stream;
    },
  };
}

/** An attachment as stored; a missing file fails the export with a reason naming its document. */
function attachmentEntry(storedFiles: StoredFilesService, companyId: string, attachment: Attachment, entryPath: string[], owner: ExportFileOwner): ExportEntry {
  return {
    path: entryPath,
    size: attachment.size,
    compression: compressionFor(attachment.contentType, attachment.name),
    async open() {
      try {
        return await storedFiles.open(companyId, attachment.fileId);
      } catch (error) {
        if (error instanceof FileNotFoundError) throw missingFileFailure(owner.item, owner.document, attachment.name);
        throw error;
      }
    },
  };
}

const pdfAttachments = (attachments: readonly Attachment[]): PdfAttachment[] => attachments.map((file) => ({ name: file.name, size: file.size }));

const APPROVAL_COLUMNS: Array<{ label: LabelKey; kind?: XlsxColumn['kind']; width?: number }> = [
  { label: 'deletedDocuments.column.documentNumber', width: 20 },
  { label: 'deletedDocuments.column.title', width: 40 },
  { label: 'deletedDocuments.column.form', width: 20 },
  { label: 'deletedDocuments.column.drafter', width: 16 },
  { label: 'deletedDocuments.column.createdAt', kind: 'date-text' },
  { label: 'deletedDocuments.column.status', width: 12 },
  { label: 'dataExport.column.approvalLine', width: 40 },
  { label: 'deletedDocuments.column.attachments', width: 40 },
];

const PLEDGE_COLUMNS: Array<{ label: LabelKey; kind?: XlsxColumn['kind']; width?: number }> = [
  { label: 'deletedPledges.column.pledgeNumber', width: 20 },
  { label: 'deletedPledges.column.name', width: 40 },
  { label: 'deletedPledges.column.signer', width: 16 },
  { label: 'deletedPledges.column.signedAt', kind: 'date-text' },
  { label: 'deletedDocuments.column.attachments', width: 40 },
];

function services(deps: ExportSourceDeps) {
  const storedFiles = new StoredFilesService(deps.dataSource, deps.files, deps.clock, deps.logger);
  return {
    storedFiles,
    approval: new ApprovalDocumentsService(deps.dataSource, storedFiles, deps.clock),
    pledges: new PledgesService(deps.dataSource, storedFiles, deps.clock),
  };
}

const exportWindow = (ctx: ExportSourceContext) => ({ from: ctx.period.from, to: ctx.period.to, snapshotAt: ctx.snapshotAt });

/** Attachments of the closed documents an export holds (the same conditions as the documents). */
async function countApprovalAttachments(deps: ExportSourceDeps, ctx: ExportPlanContext): Promise<number> {
  return approvalAttachmentsQuery(deps, ctx).getCount();
}

/** The attachments of the closed documents an export holds, joined as `a` (link) and `d` (document). */
function approvalAttachmentsQuery(deps: ExportSourceDeps, ctx: ExportPlanContext) {
  const query = deps.dataSource
    .getRepository(ApprovalDocumentAttachment)
    .createQueryBuilder('a')
    .innerJoin(ApprovalDocument, 'd', 'd.id = a.documentId')
    .where('a.companyId = :companyId AND d.companyId = :companyId', { companyId: ctx.companyId })
    .andWhere('d.status IN (:...closed)', { closed: CLOSED_APPROVAL_STATUSES })
    .andWhere('d.updatedAt <= :snapshotAt', { snapshotAt: ctx.snapshotAt })
    .andWhere('(d.deletedAt IS NULL OR d.deletedAt > :snapshotAt)', { snapshotAt: ctx.snapshotAt });
  if (ctx.period.from) query.andWhere('d.createdAt >= :from', { from: ctx.period.from });
  if (ctx.period.to) query.andWhere('d.createdAt <= :to', { to: ctx.period.to });
  return query;
}

async function countPledgeAttachments(deps: ExportSourceDeps, ctx: ExportPlanContext): Promise<number> {
  return pledgeAttachmentsQuery(deps, ctx).getCount();
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
  if (ctx.period.from) query.andWhere('d.signedAt >= :from', { from: ctx.period.from });
  if (ctx.period.to) query.andWhere('d.signedAt <= :to', { to: ctx.period.to });
  return query;
}

/** The largest stored file among attachment links `a` (of documents `d`): its name in the document, its size. */
async function largestAttachment<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, documentColumn: string): Promise<LargestExportFile | null> {
  const row = await query
    .innerJoin(StoredFile, 'f', 'f.id = a.fileId AND f.companyId = a.companyId')
    .select('f.size', 'bytes')
    .addSelect('a.name', 'name')
    .addSelect(documentColumn, 'document')
    .orderBy('f.size', 'DESC')
    .limit(1)
    .getRawOne<Record<string, unknown>>();
  return largestOf(row);
}

/**
 * APPROVAL_DOCUMENTS (R43): one PDF per closed document (completed, declined, canceled) that existed,
 * closed and undeleted, at the request; in-progress documents are left out. `YYYY/MM/DD` folders by
 * creation date in the company zone; attachments beside their PDF in `<number>_attachments/`.
 */
export function approvalDocumentsSource(deps: ExportSourceDeps): ExportItemSource {
  const { approval, storedFiles } = services(deps);
  return {
    item: DataExportItem.APPROVAL_DOCUMENTS,
    async count(ctx) {
      const documents = await approval.countClosedForExport(ctx.companyId, exportWindow(ctx));
      return documents + (ctx.includeAttachments ? await countApprovalAttachments(deps, ctx) : 0);
    },
    async largestFile(ctx) {
      if (!ctx.includeAttachments) return null;
      return largestAttachment(approvalAttachmentsQuery(deps, ctx), 'd.documentNumber');
    },
    async *entries(ctx) {
      const folder = itemFolder(ctx, Service.APPROVAL, 'dataExport.item.APPROVAL_DOCUMENTS');
      const attachmentsLabel = t(ctx.language, 'dataExport.attachments');
      for await (const document of approval.iterateClosedForExport(ctx.companyId, exportWindow(ctx))) {
        ctx.signal.throwIfAborted();
        const day = dateFolders(document.createdAt, ctx.timeZone);
        const number = safeName(document.documentNumber);
        yield await pdfEntry(ctx, [...folder, ...day, `${number}.pdf`], () =>
          renderApprovalDocumentPdf(
            {
              title: document.title,
              documentNumber: document.documentNumber,
              form: document.formName,
              drafter: document.drafterName,
              createdAt: document.createdAt,
              status: document.status,
              approvalLine: (document.approvalLine ?? []).map((entry) => ({ approver: entry.approverName, decision: entry.decision, decidedAt: entry.decidedAt })),
              bodyHtml: document.body,
              attachments: pdfAttachments(document.attachments),
            },
            { language: ctx.language, timeZone: ctx.timeZone },
          ),
        );
        if (!ctx.includeAttachments) continue;
        const names = new UniqueNames();
        for (const attachment of document.attachments) {
          yield attachmentEntry(
            storedFiles,
            ctx.companyId,
            attachment,
            [...folder, ...day, `${number}_${attachmentsLabel}`, names.take(safeName(attachment.name, 150))],
            { item: DataExportItem.APPROVAL_DOCUMENTS, document: document.documentNumber },
          );
        }
      }
    },
  };
}

/** APPROVAL_DOCUMENT_LIST: the same closed documents as one spreadsheet, headers in the company language. */
export function approvalDocumentListSource(deps: ExportSourceDeps): ExportItemSource {
  const { approval } = services(deps);
  return {
    item: DataExportItem.APPROVAL_DOCUMENT_LIST,
    count: async () => 1,
    async *entries(ctx) {
      const label = t(ctx.language, 'dataExport.item.APPROVAL_DOCUMENT_LIST');
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
            document.attachments.map((file) => file.name).join('\n') || null,
          ];
        }
      }
      yield await xlsxEntry(
        ctx,
        [t(ctx.language, 'service.APPROVAL'), `${safeName(label)}.xlsx`],
        { name: label, columns: APPROVAL_COLUMNS.map(({ label: key, ...rest }) => ({ header: t(ctx.language, key), ...rest })) },
        rows(),
      );
    },
  };
}

/** PLEDGE_DOCUMENTS: one PDF per signed pledge at the request, in `YYYY/MM/DD` folders by signing date; attachments beside it. */
export function pledgeDocumentsSource(deps: ExportSourceDeps): ExportItemSource {
  const { pledges, storedFiles } = services(deps);
  return {
    item: DataExportItem.PLEDGE_DOCUMENTS,
    async count(ctx) {
      const count = await pledges.countForExport(ctx.companyId, exportWindow(ctx));
      return count + (ctx.includeAttachments ? await countPledgeAttachments(deps, ctx) : 0);
    },
    async largestFile(ctx) {
      if (!ctx.includeAttachments) return null;
      return largestAttachment(pledgeAttachmentsQuery(deps, ctx), 'd.pledgeNumber');
    },
    async *entries(ctx) {
      const folder = itemFolder(ctx, Service.PLEDGE, 'dataExport.item.PLEDGE_DOCUMENTS');
      const attachmentsLabel = t(ctx.language, 'dataExport.attachments');
      for await (const pledge of pledges.iterateForExport(ctx.companyId, exportWindow(ctx))) {
        ctx.signal.throwIfAborted();
        const day = dateFolders(pledge.signedAt, ctx.timeZone);
        const number = safeName(pledge.pledgeNumber);
        yield await pdfEntry(ctx, [...folder, ...day, `${number}.pdf`], () =>
          renderPledgePdf(
            {
              pledgeNumber: pledge.pledgeNumber,
              name: pledge.name,
              signer: pledge.signerName,
              signedAt: pledge.signedAt,
              contentHtml: pledge.content,
              attachments: pdfAttachments(pledge.attachments),
            },
            { language: ctx.language, timeZone: ctx.timeZone },
          ),
        );
        if (!ctx.includeAttachments) continue;
        const names = new UniqueNames();
        for (const attachment of pledge.attachments) {
          yield attachmentEntry(
            storedFiles,
            ctx.companyId,
            attachment,
            [...folder, ...day, `${number}_${attachmentsLabel}`, names.take(safeName(attachment.name, 150))],
            { item: DataExportItem.PLEDGE_DOCUMENTS, document: pledge.pledgeNumber },
          );
        }
      }
    },
  };
}

/** PLEDGE_LIST: the signed pledges as one spreadsheet. */
export function pledgeListSource(deps: ExportSourceDeps): ExportItemSource {
  const { pledges } = services(deps);
  return {
    item: DataExportItem.PLEDGE_LIST,
    count: async () => 1,
    async *entries(ctx) {
      const label = t(ctx.language, 'dataExport.item.PLEDGE_LIST');
      async function* rows(): AsyncGenerator<XlsxCellValue[]> {
        for await (const pledge of pledges.iterateForExport(ctx.companyId, exportWindow(ctx))) {
          yield [pledge.pledgeNumber, pledge.name, pledge.signerName, formatInZone(pledge.signedAt, ctx.timeZone), pledge.attachments.map((file) => file.name).join('\n') || null];
        }
      }
      yield await xlsxEntry(
        ctx,
        [t(ctx.language, 'service.PLEDGE'), `${safeName(label)}.xlsx`],
        { name: label, columns: PLEDGE_COLUMNS.map(({ label: key, ...rest }) => ({ header: t(ctx.language, key), ...rest })) },
        rows(),
      );
    },
  };
}

/** The Approval and Pledge export sources. */
export function approvalExportSources(deps: ExportSourceDeps): ExportItemSource[] {
  return [approvalDocumentsSource(deps), approvalDocumentListSource(deps), pledgeDocumentsSource(deps), pledgeListSource(deps)];
}
