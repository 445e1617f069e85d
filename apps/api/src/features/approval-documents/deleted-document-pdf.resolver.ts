import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ErrorCode, Permission, Service } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../../core/graphql/context';
import { AppError } from '../../core/graphql/errors';
import type { Company } from '../companies/company.entity';
import { DownloadLinkPayload } from '../login-records/login-records.types';
import { DELETED_PLEDGE_PDF, loadDeletedPledge } from '../pledges/deleted-pledge-pdf';
import { RequiresStepUp } from '../step-up/requires-step-up';
import { DELETED_APPROVAL_DOCUMENT_PDF, loadDeletedApprovalDocument } from './deleted-document-pdf';

/** R0: the Security data exists only for companies that obtained WORKS Approval. */
async function approvedCompany(context: RequestContext): Promise<Company> {
  const company = await context.services.companies.get(companyIdOf(context));
  if (!company.securityFeaturesEnabled) {
    throw new AppError(ErrorCode.SECURITY_FEATURES_DISABLED, 'Your company’s security features are not enabled (WORKS Approval).');
  }
  return company;
}

/**
 * PDF downloads of deleted documents (R54). The document is checked here (the caller's company,
 * soft-deleted), so a wrong id is a clear GraphQL error, and checked again when the link is followed.
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
    const document = await loadDeletedApprovalDocument(context.services.dataSource, company.id, id);
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
    const pledge = await loadDeletedPledge(context.services.dataSource, company.id, id);
    const link = await context.services.downloads.create(context.principal!, company.id, DELETED_PLEDGE_PDF, { pledgeId: pledge.id });
    return { url: link.path, expiresAt: link.expiresAt };
  }
}
