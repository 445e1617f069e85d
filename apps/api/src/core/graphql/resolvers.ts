import type { NonEmptyArray } from 'type-graphql';
import { AccountingResolver } from '../../features/accounting/accounting.resolver';
import { BoardResolver } from '../../features/board/board.resolver';
import { ProfilePhotosResolver } from '../../features/employees/profile-photos.resolver';
import { AuditEventsResolver } from '../../features/audit-log/audit-events.resolver';
import { AuthResolver } from '../../features/auth/auth.resolver';
import { CompaniesResolver } from '../../features/companies/companies.resolver';
import { DeletedDocumentPdfResolver } from '../../features/approval-documents/deleted-document-pdf.resolver';
import { DataExportsResolver } from '../../features/data-exports/data-exports.resolver';
import { JobsResolver } from '../jobs/jobs.resolver';
import { ApprovalDocumentConnectionResolver, ApprovalDocumentsResolver } from '../../features/approval-documents/approval-documents.resolver';
import { PledgeConnectionResolver, PledgesResolver } from '../../features/pledges/pledges.resolver';
import { LoginRecordsResolver } from '../../features/login-records/login-records.resolver';
import { StepUpResolver } from '../../features/step-up/step-up.resolver';
import { SupportAccessResolver } from '../../features/support-access/support-access.resolver';

/** Every resolver of the schema; a new feature adds its resolvers here. */
export const RESOLVERS: NonEmptyArray<Function> = [
  AccountingResolver,
  BoardResolver,
  ProfilePhotosResolver,
  AuditEventsResolver,
  AuthResolver,
  CompaniesResolver,
  DeletedDocumentPdfResolver,
  DataExportsResolver,
  JobsResolver,
  ApprovalDocumentsResolver,
  ApprovalDocumentConnectionResolver,
  PledgesResolver,
  PledgeConnectionResolver,
  LoginRecordsResolver,
  StepUpResolver,
  SupportAccessResolver,
];
