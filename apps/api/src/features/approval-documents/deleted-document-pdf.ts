/**
 * A deleted approval document as a PDF (R54): loaded for the caller's company only, and only while
 * it is soft-deleted (live documents belong to the approval service's own screens). The link is
 * requested by `requestDeletedApprovalDocumentPdfDownload`; the download route streams the PDF.
 */
import type { DownloadHandler } from '../../core/downloads/downloads';
import { type ApprovalDocumentPdf, renderApprovalDocumentPdf } from '../../core/files/pdf/document-pdf';
import { pdfFileName } from '../../core/files/pdf/pdf-file-name';
import type { Services } from '../../core/services';
import type { ApprovalDocument } from './approval-document.entity';
import { deletedPdfDownload } from './deleted-record-downloads';

export const DELETED_APPROVAL_DOCUMENT_PDF = 'deleted-approval-document.pdf';

/** A document with its approval line and attachments as the renderer's plain data (without the deletion). */
export function approvalDocumentPdf(document: ApprovalDocument): ApprovalDocumentPdf {
  return {
    title: document.title,
    documentNumber: document.documentNumber,
    form: document.formName,
    drafter: document.drafterName,
    createdAt: document.createdAt,
    status: document.status,
    approvalLine: (document.approvalLine ?? []).map((entry) => ({ approver: entry.approverName, decision: entry.decision, decidedAt: entry.decidedAt })),
    bodyHtml: document.body,
    attachments: document.attachments.map((attachment) => ({ name: attachment.name, size: attachment.size })),
  };
}

/** Streams `<document number>.pdf` of a deleted document (see `deletedPdfDownload`). Audited. */
export function deletedApprovalDocumentPdfDownload(services: Services): DownloadHandler {
  return deletedPdfDownload(services, {
    load: (company, params) => services.approvalDocuments.getDeleted(company.id, String(params.documentId)),
    fileName: (document) => pdfFileName(document.documentNumber, 'approval-document'),
    render: (document, company) =>
      renderApprovalDocumentPdf(
        { ...approvalDocumentPdf(document), deletedAt: document.deletedAt, deletedBy: document.deletedByName },
        { language: company.language, timeZone: company.timeZone },
      ),
    audit: (document, { fileName, bytes }) => ({
      action: 'approval_document.pdf_downloaded',
      targetType: 'approval_document',
      targetId: document.id,
      details: { documentNumber: document.documentNumber, fileName, bytes },
    }),
  });
}
