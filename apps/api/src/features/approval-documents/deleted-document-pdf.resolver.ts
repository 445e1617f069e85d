import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Permission, Service } from '@warden/shared';
import type { RequestContext } from '../../core/graphql/context';
import { DownloadLinkPayload } from '../login-records/login-records.types';
import { DELETED_PLEDGE_PDF } from '../pledges/deleted-pledge-pdf';
import { RequiresStepUp } from '../step-up/requires-step-up';
import { DELETED_APPROVAL_DOCUMENT_PDF } from './deleted-document-pdf';
import { approvedCompany } from '../companies/approved-company';


/**
 * PDF downloads of deleted documents (R54). The document is checked here (the caller's company,
 * soft-deleted; its details are read only when the link is followed), so a wrong id is a clear
 * GraphQL error, and checked again when the link is followed.
 * Step-up follows the service the document comes from, as the deletion-status pages do.
 */
@Resolver()
export class DeletedDocumentPdfResolver {
  @Authorized(Permission.DELETED_DOCUMENTS_MANAGE)
  @RequiresStepUp(Service.APPROVAL)
  @Mutation(() => DownloadLinkPayload, {
    description: 'A link (valid 5 minutes, for this caller only) to a deleted approval document as <document number>.pdf (R54)',
  })
  async requestDeletedApprovalDocumentPdfDownload(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<DownloadLinkPayload> {
    const company = await approvedCompany(context);
    const document = await context.services.approvalDocuments.getDeleted(company.id, id, { details: false });
    const link = await context.services.downloads.create(context.principal!, company.id, DELETED_APPROVAL_DOCUMENT_PDF, { documentId: document.id });
    return { url: link.path, expiresAt: link.expiresAt };
  }

  @Authorized(Permission.DELETED_DOCUMENTS_MANAGE)
  @RequiresStepUp(Service.PLEDGE)
  @Mutation(() => DownloadLinkPayload, {
    description: 'A link (valid 5 minutes, for this caller only) to a deleted signed pledge as <pledge number>.pdf (R54)',
  })
  async requestDeletedPledgePdfDownload(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<DownloadLinkPayload> {
    const company = await approvedCompany(context);
    const pledge = await context.services.pledges.getDeleted(company.id, id, { details: false });
    const link = await context.services.downloads.create(context.principal!, company.id, DELETED_PLEDGE_PDF, { pledgeId: pledge.id });
    return { url: link.path, expiresAt: link.expiresAt };
  }
}
