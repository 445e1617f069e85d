import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LongTextColumn, TIMESTAMP } from '../../core/database/columns';
import { Attachment } from '../stored-files/attachment.types';

export const ApprovalDocumentStatus = {
  IN_PROGRESS: 'IN_PROGRESS',
  COMPLETED: 'COMPLETED',
  DECLINED: 'DECLINED',
  CANCELED: 'CANCELED',
} as const;
export type ApprovalDocumentStatus = (typeof ApprovalDocumentStatus)[keyof typeof ApprovalDocumentStatus];
registerEnumType(ApprovalDocumentStatus, { name: 'ApprovalDocumentStatus' });

/** Closed documents: the ones an export turns into PDFs (R43). */
export const CLOSED_APPROVAL_STATUSES: readonly ApprovalDocumentStatus[] = ['COMPLETED', 'DECLINED', 'CANCELED'];

export const ApprovalDecision = { PENDING: 'PENDING', APPROVED: 'APPROVED', DECLINED: 'DECLINED' } as const;
export type ApprovalDecision = (typeof ApprovalDecision)[keyof typeof ApprovalDecision];
registerEnumType(ApprovalDecision, { name: 'ApprovalDecision', description: 'An approver’s decision; PENDING until they decide' });

/**
 * An approval document as the approval service registered it. Deleting it there sets `deletedAt`
 * here (soft delete): it is listed under Security › Approval document deletion status until an
 * admin deletes it permanently (R50–R52). Names are copied in when registered, so the document
 * still reads right after people are renamed or leave.
 */
@ObjectType({ description: 'An approval document from the approval service' })
@Entity({ name: 'approval_documents' })
@Index('ux_approval_documents_number', ['companyId', 'documentNumber'], { unique: true })
// The deletion-status list: newest deletion first within a company, keyset on (deleted_at, id).
@Index('ix_approval_documents_deleted', ['companyId', 'deletedAt', 'id'])
// Exports read closed, live documents by creation period.
@Index('ix_approval_documents_created', ['companyId', 'createdAt', 'id'])
export class ApprovalDocument {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Field({ description: 'Unique in the company, e.g. FIN-2026-000123' })
  @Column({ type: 'varchar', length: 40 })
  documentNumber: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field({ description: 'The approval form, e.g. Expense report' })
  @Column({ type: 'varchar', length: 100 })
  formName: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  drafterEmployeeId: string;

  @Field({ description: 'The drafter’s name when the document was registered' })
  @Column({ type: 'varchar', length: 100 })
  drafterName: string;

  @Field({ description: 'When the document was drafted in the approval service' })
  @Column(TIMESTAMP)
  createdAt: Date;

  @Field(() => ApprovalDocumentStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ApprovalDocumentStatus;

  @Field({ description: 'Rich text as HTML from the approval service: untrusted, never render it as HTML' })
  @LongTextColumn()
  body: string;

  @Field(() => Date, { nullable: true, description: 'When it was deleted in the approval service; null while it is live' })
  @Column({ ...TIMESTAMP, nullable: true })
  deletedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  deletedByEmployeeId: string | null;

  @Field(() => String, { nullable: true, description: 'Who deleted it, as named when it was deleted' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  deletedByName: string | null;

  @Column(TIMESTAMP)
  registeredAt: Date;

  @Column(TIMESTAMP)
  updatedAt: Date;

  /** Filled by the service (one query per page, not per document); not a column. */
  @Field(() => [Attachment])
  attachments: Attachment[];

  /** Filled by the service when asked for; not a column. */
  approvalLine?: ApprovalLineEntry[];
}

/** One approver of a document's approval line, in order. */
@ObjectType({ description: 'One step of an approval line' })
@Entity({ name: 'approval_line_entries' })
@Index('ux_approval_line_entries_position', ['documentId', 'position'], { unique: true })
export class ApprovalLineEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 36 })
  documentId: string;

  @Field(() => Int, { description: '1 for the first approver' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  approverEmployeeId: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  approverName: string;

  @Field(() => ApprovalDecision)
  @Column({ type: 'varchar', length: 16 })
  decision: ApprovalDecision;

  @Field(() => Date, { nullable: true })
  @Column({ ...TIMESTAMP, nullable: true })
  decidedAt: Date | null;
}

/** An attachment of a document: an uploaded file under the name it carries in the document. */
@Entity({ name: 'approval_document_attachments' })
@Index('ux_approval_document_attachments_position', ['documentId', 'position'], { unique: true })
// A file belongs to one document: a permanent delete removes it with that document only.
@Index('ux_approval_document_attachments_file', ['fileId'], { unique: true })
export class ApprovalDocumentAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 36 })
  documentId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 36 })
  fileId: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;
}
