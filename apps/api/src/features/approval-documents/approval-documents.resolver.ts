import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, Service } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../../core/graphql/context';
import { actorOf } from '../audit-log/audit-log.service';
import { DownloadLinkPayload } from '../login-records/login-records.types';
import { RequiresStepUp, StepUpExempt } from '../step-up/requires-step-up';
import { ApprovalDocument, ApprovalLineEntry } from './approval-document.entity';
import { DeletedApprovalDocumentFilter, RegisterApprovalDocumentInput } from './approval-documents.inputs';
import { ApprovalDocumentConnection, ApprovalDocumentEdge, PermanentlyDeleteApprovalDocumentsPayload } from './approval-documents.types';
import { DELETED_APPROVAL_DOCUMENTS_XLSX, deletedDocumentFilterToParams } from './deleted-approval-documents-download';
import { encodeDeletionCursor } from './deletion-list';
import { approvedCompany } from '../companies/approved-company';


@Resolver(() => ApprovalDocument)
export class ApprovalDocumentsResolver {
  @Authorized(Permission.SERVICE_DATA_WRITE)
  @StepUpExempt('the approval service’s API token pushes documents; it is no admin menu')
  @Mutation(() => ApprovalDocument, {
    description:
      'Stores an approval document from the approval service (attachments uploaded first with POST /integration/files), or updates it while in progress; closed and deleted documents are final',
  })
  async registerApprovalDocument(
    @Ctx() context: RequestContext,
    @Arg('input', () => RegisterApprovalDocumentInput) input: RegisterApprovalDocumentInput,
  ): Promise<ApprovalDocument> {
    return context.services.approvalDocuments.register(companyIdOf(context), input);
  }

  @Authorized(Permission.SERVICE_DATA_WRITE)
  @StepUpExempt('the approval service’s API token reports deletions; it is no admin menu')
  @Mutation(() => ApprovalDocument, {
    description: 'Marks a document deleted in the approval service (soft delete): it is listed under Approval document deletion status (R50)',
  })
  async deleteApprovalDocument(
    @Ctx() context: RequestContext,
    @Arg('documentNumber') documentNumber: string,
    @Arg('deletedByEmployeeId', () => ID) deletedByEmployeeId: string,
    @Arg('deletedAt', () => Date, { nullable: true, description: 'When it was deleted there; now when omitted' }) deletedAt: Date | null,
  ): Promise<ApprovalDocument> {
    return context.services.approvalDocuments.softDelete(companyIdOf(context), documentNumber, deletedByEmployeeId, deletedAt ?? null);
  }

  @Authorized(Permission.DELETED_DOCUMENTS_MANAGE)
  @RequiresStepUp(Service.APPROVAL)
  @Query(() => ApprovalDocumentConnection, { description: 'Approval documents deleted in the approval service, newest deletion first (R50, R51)' })
  async deletedApprovalDocuments(
    @Ctx() context: RequestContext,
    @Arg('filter', () => DeletedApprovalDocumentFilter, { nullable: true }) filter: DeletedApprovalDocumentFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 200' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ApprovalDocumentConnection> {
    const company = await approvedCompany(context);
    const page = await context.services.approvalDocuments.searchDeleted(company.id, filter ?? {}, { first, after });
    return Object.assign(new ApprovalDocumentConnection(), {
      edges: page.documents.map((node) => Object.assign(new ApprovalDocumentEdge(), { node, cursor: encodeDeletionCursor(node) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      filter: filter ?? {},
    });
  }

  @Authorized(Permission.DELETED_DOCUMENTS_MANAGE)
  @RequiresStepUp(Service.APPROVAL)
  @Mutation(() => PermanentlyDeleteApprovalDocumentsPayload, {
    description: 'Deletes deleted approval documents for good, with their attachments (R52); live documents are refused. Audited.',
  })
  async permanentlyDeleteApprovalDocuments(
    @Ctx() context: RequestContext,
    @Arg('ids', () => [ID]) ids: string[],
  ): Promise<PermanentlyDeleteApprovalDocumentsPayload> {
    const company = await approvedCompany(context);
    const principal = context.principal!;
    const result = await context.services.approvalDocuments.permanentlyDelete(company.id, ids, (manager, deletion) =>
      context.services.auditLog
        .record(
          company.id,
          actorOf(principal),
          {
            action: 'approval_documents.permanently_deleted',
            targetType: 'approval_document',
            targetId: deletion.deleted.length === 1 ? deletion.deleted[0].documentNumber : null,
            details: { documentNumbers: deletion.deleted.map((entry) => entry.documentNumber), count: deletion.deleted.length, files: deletion.fileIds.length },
          },
          context.client,
          manager,
        )
        .then(() => undefined),
    );
    return { deletedCount: result.deleted.length, deleted: result.deleted, notFoundIds: result.notFoundIds };
  }

  @Authorized(Permission.DELETED_DOCUMENTS_MANAGE)
  // The link is issued only here, so the download route needs no check of its own.
  @RequiresStepUp(Service.APPROVAL)
  @Mutation(() => DownloadLinkPayload, {
    description: 'A link (valid 5 minutes, for this caller only) to doc_list.xlsx with every deleted document matching the filter (R53)',
  })
  async requestDeletedApprovalDocumentsDownload(
    @Ctx() context: RequestContext,
    @Arg('filter', () => DeletedApprovalDocumentFilter, { nullable: true }) filter: DeletedApprovalDocumentFilter | null,
  ): Promise<DownloadLinkPayload> {
    const company = await approvedCompany(context);
    context.services.approvalDocuments.validateFilter(filter ?? {});
    const link = await context.services.downloads.create(context.principal!, company.id, DELETED_APPROVAL_DOCUMENTS_XLSX, deletedDocumentFilterToParams(filter ?? {}));
    return { url: link.path, expiresAt: link.expiresAt };
  }

  @FieldResolver(() => [ApprovalLineEntry], { description: 'The approvers in order, with their decisions' })
  async approvalLine(@Root() document: ApprovalDocument, @Ctx() context: RequestContext): Promise<ApprovalLineEntry[]> {
    return document.approvalLine ?? context.services.approvalDocuments.approvalLine(document.companyId, document.id);
  }
}

@Resolver(() => ApprovalDocumentConnection)
export class ApprovalDocumentConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many deleted documents match the filter' })
  async totalCount(@Root() connection: ApprovalDocumentConnection, @Ctx() context: RequestContext): Promise<number> {
    return context.services.approvalDocuments.countDeleted(companyIdOf(context), connection.filter);
  }
}
