/**
 * A deleted signed pledge as a PDF (R54), like a deleted approval document: the caller's company
 * only, soft-deleted pledges only. Requested by `requestDeletedPledgePdfDownload`.
 */
import type { DownloadHandler } from '../../core/downloads/downloads';
import { type PledgePdf, renderPledgePdf } from '../../core/files/pdf/document-pdf';
import { pdfFileName } from '../../core/files/pdf/pdf-file-name';
import type { Services } from '../../core/services';
import { deletedPdfDownload } from '../approval-documents/deleted-record-downloads';
import type { Pledge } from './pledge.entity';

export const DELETED_PLEDGE_PDF = 'deleted-pledge.pdf';

/** A pledge with its attachments as the renderer's plain data (without the deletion). */
export function pledgePdf(pledge: Pledge): PledgePdf {
  return {
    pledgeNumber: pledge.pledgeNumber,
    name: pledge.name,
    signer: pledge.signerName,
    signedAt: pledge.signedAt,
    contentHtml: pledge.content,
    attachments: pledge.attachments.map((attachment) => ({ name: attachment.name, size: attachment.size })),
  };
}

/** Streams `<pledge number>.pdf` of a deleted pledge (see `deletedPdfDownload`). Audited. */
export function deletedPledgePdfDownload(services: Services): DownloadHandler {
  return deletedPdfDownload(services, {
    load: (company, params) => services.pledges.getDeleted(company.id, String(params.pledgeId)),
    fileName: (pledge) => pdfFileName(pledge.pledgeNumber, 'pledge'),
    render: (pledge, company) =>
      renderPledgePdf(
        { ...pledgePdf(pledge), deletedAt: pledge.deletedAt, deletedBy: pledge.deletedByName },
        { language: company.language, timeZone: company.timeZone },
      ),
    audit: (pledge, { fileName, bytes }) => ({
      action: 'pledge.pdf_downloaded',
      targetType: 'pledge',
      targetId: pledge.id,
      details: { pledgeNumber: pledge.pledgeNumber, fileName, bytes },
    }),
  });
}
