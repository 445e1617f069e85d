import { Field, ID, InputType } from 'type-graphql';
import { AttachmentInput } from '../stored-files/attachment.types';
import { ApprovalDecision, ApprovalDocumentStatus } from './approval-document.entity';

@InputType({ description: 'One approver of the approval line, in order' })
export class ApprovalLineEntryInput {
  @Field(() => ID, { description: 'An employee of your company' })
  approverEmployeeId: string;

  @Field(() => ApprovalDecision)
  decision: ApprovalDecision;

  @Field(() => Date, { nullable: true, description: 'When they decided; required unless PENDING' })
  decidedAt?: Date | null;
}

@InputType({ description: 'An approval document as the approval service has it' })
export class RegisterApprovalDocumentInput {
  @Field({ description: 'Unique in your company: letters, digits, "-" and "_", e.g. FIN-2026-000123' })
  documentNumber: string;

  @Field()
  title: string;

  @Field()
  formName: string;

  @Field(() => ID)
  drafterEmployeeId: string;

  @Field({ description: 'When the document was drafted' })
  createdAt: Date;

  @Field(() => ApprovalDocumentStatus)
  status: ApprovalDocumentStatus;

  @Field({ description: 'Rich text as HTML (at most 1,000,000 characters); stored as given, never rendered as HTML' })
  body: string;

  @Field(() => [ApprovalLineEntryInput])
  approvalLine: ApprovalLineEntryInput[];

  @Field(() => [AttachmentInput], { nullable: true, description: 'Files uploaded with POST /integration/files, in order' })
  attachments?: AttachmentInput[] | null;
}

@InputType({ description: 'Search window of Approval document deletion status (R51); conditions combine with AND' })
export class DeletedApprovalDocumentFilter {
  @Field(() => Date, { nullable: true, description: 'Deleted at or after (the start of a day in the company zone)' })
  deletedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Deleted before (exclusive)' })
  deletedTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'Part of the document number, any case' })
  documentNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the deleter’s name, any case' })
  deletedBy?: string | null;
}
