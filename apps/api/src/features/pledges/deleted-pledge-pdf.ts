/**
 * A deleted signed pledge as a PDF (R54), like a deleted approval document: the caller's company
 * only, soft-deleted pledges only. Requested by `requestDeletedPledgePdfDownload`.
 */
import { pipeline } from 'node:stream/promises';
import { In, type DataSource } from 'typeorm';
import type { DownloadHandler } from '../../core/downloads/downloads';
import { setDownloadHeaders } from '../../core/downloads/downloads';
import { renderPledgePdf, type PledgePdf } from '../../core/files/pdf/document-pdf';
import { pdfFileName } from '../../core/files/pdf/pdf-file-name';
import { BadUserInputError, NotFoundError } from '../../core/graphql/errors';
import { normalizeIp } from '../../core/net/ip';
import type { Services } from '../../core/services';
import { actorOf } from '../audit-log/audit-log.service';
import { StoredFile } from '../stored-files/stored-file.entity';
import { Pledge, PledgeAttachment } from './pledge.entity';

export const DELETED_PLEDGE_PDF = 'deleted-pledge.pdf';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DeletedPledgeForPdf {
  id: string;
  pledgeNumber: string;
  pdf: PledgePdf;
}

/** The pledge with its attachments as the renderer's plain data; NOT_FOUND for other companies, BAD_USER_INPUT while live. */
export async function loadDeletedPledge(dataSource: DataSource, companyId: string, id: string): Promise<DeletedPledgeForPdf> {
  if (!UUID.test(id)) throw new BadUserInputError('id must be the id of a pledge.', { field: 'id' });
  const pledge = await dataSource.getRepository(Pledge).findOneBy({ id, companyId });
  if (!pledge) throw new NotFoundError('The pledge');
  if (!pledge.deletedAt) throw new BadUserInputError('This pledge is not deleted: only deleted pledges are downloaded as PDF here.', { field: 'id' });
  const attachments = await dataSource.getRepository(PledgeAttachment).find({ where: { companyId, pledgeId: id }, order: { position: 'ASC' } });
  const files = attachments.length
    ? await dataSource.getRepository(StoredFile).findBy({ companyId, id: In(attachments.map((attachment) => attachment.fileId)) })
    : [];
  const sizes = new Map(files.map((file) => [file.id, file.size]));
  return {
    id: pledge.id,
    pledgeNumber: pledge.pledgeNumber,
    pdf: {
      pledgeNumber: pledge.pledgeNumber,
      name: pledge.name,
      signer: pledge.signerName,
      signedAt: pledge.signedAt,
      contentHtml: pledge.content,
      attachments: attachments.map((attachment) => ({ name: attachment.name, size: sizes.get(attachment.fileId) ?? 0 })),
      deletedAt: pledge.deletedAt,
      deletedBy: pledge.deletedByName,
    },
  };
}

/** Streams `<pledge number>.pdf`, loading the pledge again when the link is followed. Audited. */
export function deletedPledgePdfDownload(services: Services): DownloadHandler {
  return async ({ link, principal, req, res }) => {
    const company = await services.companies.get(link.companyId);
    const pledge = await loadDeletedPledge(services.dataSource, company.id, String(link.params.pledgeId));
    const fileName = pdfFileName(pledge.pledgeNumber, 'pledge');
    const pdf = renderPledgePdf(pledge.pdf, { language: company.language, timeZone: company.timeZone });
    setDownloadHeaders(res, fileName, 'application/pdf');
    let bytes = 0;
    pdf.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    await pipeline(pdf, res);
    await services.auditLog.record(
      company.id,
      actorOf(principal),
      { action: 'pledge.pdf_downloaded', targetType: 'pledge', targetId: pledge.id, details: { pledgeNumber: pledge.pledgeNumber, fileName, bytes } },
      { ip: normalizeIp(req.ip ?? req.socket.remoteAddress ?? '0.0.0.0'), userAgent: req.get('user-agent') ?? null },
    );
  };
}
