/**
 * A deleted approval document as a PDF (R54): loaded for the caller's company only, and only while
 * it is soft-deleted (live documents belong to the approval service's own screens). The link is
 * requested by `requestDeletedApprovalDocumentPdfDownload`; the download route streams the PDF.
 */
import { pipeline } from 'node:stream/promises';
import { In, type DataSource } from 'typeorm';
import type { DownloadHandler } from '../../core/downloads/downloads';
import { setDownloadHeaders } from '../../core/downloads/downloads';
import { renderApprovalDocumentPdf, type ApprovalDocumentPdf } from '../../core/files/pdf/document-pdf';
import { pdfFileName } from '../../core/files/pdf/pdf-file-name';
import { BadUserInputError, NotFoundError } from '../../core/graphql/errors';
import { normalizeIp } from '../../core/net/ip';
import type { Services } from '../../core/services';
import { actorOf } from '../audit-log/audit-log.service';
import { StoredFile } from '../stored-files/stored-file.entity';
import { ApprovalDocument, ApprovalDocumentAttachment, ApprovalLineEntry } from './approval-document.entity';

export const DELETED_APPROVAL_DOCUMENT_PDF = 'deleted-approval-document.pdf';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DeletedApprovalDocumentForPdf {
  id: string;
  documentNumber: string;
  pdf: ApprovalDocumentPdf;
}

/**
 * The document with its approval line and attachments, as the renderer's plain data. Another
 * company's id is NOT_FOUND (its existence is not revealed); a live document is BAD_USER_INPUT.
 */
export async function loadDeletedApprovalDocument(dataSource: DataSource, companyId: string, id: string): Promise<DeletedApprovalDocumentForPdf> {
  if (!UUID.test(id)) throw new BadUserInputError('id must be the id of an approval document.', { field: 'id' });
  const document = await dataSource.getRepository(ApprovalDocument).findOneBy({ id, companyId });
  if (!document) throw new NotFoundError('The approval document');
  if (!document.deletedAt) {
    throw new BadUserInputError('This approval document is not deleted: only deleted documents are downloaded as PDF here.', { field: 'id' });
  }
  const [line, attachments] = await Promise.all([
    dataSource.getRepository(ApprovalLineEntry).find({ where: { companyId, documentId: id }, order: { position: 'ASC' } }),
    dataSource.getRepository(ApprovalDocumentAttachment).find({ where: { companyId, documentId: id }, order: { position: 'ASC' } }),
  ]);
  const files = attachments.length
    ? await dataSource.getRepository(StoredFile).findBy({ companyId, id: In(attachments.map((attachment) => attachment.fileId)) })
    : [];
  const sizes = new Map(files.map((file) => [file.id, file.size]));
  return {
    id: document.id,
    documentNumber: document.documentNumber,
    pdf: {
      title: document.title,
      documentNumber: document.documentNumber,
      form: document.formName,
      drafter: document.drafterName,
      createdAt: document.createdAt,
      status: document.status,
      approvalLine: line.map((entry) => ({ approver: entry.approverName, decision: entry.decision, decidedAt: entry.decidedAt })),
      bodyHtml: document.body,
      attachments: attachments.map((attachment) => ({ name: attachment.name, size: sizes.get(attachment.fileId) ?? 0 })),
      deletedAt: document.deletedAt,
      deletedBy: document.deletedByName,
    },
  };
}

/**
 * Streams `<document number>.pdf`. The document is loaded again when the link is followed: one
 * deleted permanently (or restored) in the meantime is NOT_FOUND / BAD_USER_INPUT, not a stale file.
 * The PDF is rendered before any header is sent, so a failure is a clean error response. Audited.
 */
export function deletedApprovalDocumentPdfDownload(services: Services): DownloadHandler {
  return async ({ link, principal, req, res }) => {
    const company = await services.companies.get(link.companyId);
    const document = await loadDeletedApprovalDocument(services.dataSource, company.id, String(link.params.documentId));
    const fileName = pdfFileName(document.documentNumber, 'approval-document');
    const pdf = renderApprovalDocumentPdf(document.pdf, { language: company.language, timeZone: company.timeZone });
    setDownloadHeaders(res, fileName, 'application/pdf');
    let bytes = 0;
    pdf.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    await pipeline(pdf, res);
    await services.auditLog.record(
      company.id,
      actorOf(principal),
      {
        action: 'approval_document.pdf_downloaded',
        targetType: 'approval_document',
        targetId: document.id,
        details: { documentNumber: document.documentNumber, fileName, bytes },
      },
      { ip: normalizeIp(req.ip ?? req.socket.remoteAddress ?? '0.0.0.0'), userAgent: req.get('user-agent') ?? null },
    );
  };
}
