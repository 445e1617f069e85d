import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../../core/database/columns';

export const AccountingSlipStatus = { IN_PROGRESS: 'IN_PROGRESS', CLOSED: 'CLOSED' } as const;
export type AccountingSlipStatus = (typeof AccountingSlipStatus)[keyof typeof AccountingSlipStatus];
registerEnumType(AccountingSlipStatus, {
  name: 'AccountingSlipStatus',
  description: 'IN_PROGRESS slips may still change; CLOSED slips are final and the only ones exported (R43)',
});

/**
 * An accounting slip as the accounting service registered it. The slip date is a calendar day of
 * the books (no time, no zone), kept as `YYYY-MM-DD` text so it sorts and compares the same on
 * both engines; the amount is decimal text so no currency loses precision to floating point.
 */
@ObjectType({ description: 'An accounting slip registered by the accounting service' })
@Entity({ name: 'accounting_slips' })
@Index('ux_accounting_slips_number', ['companyId', 'slipNumber'], { unique: true })
@Index('ix_accounting_slips_export', ['companyId', 'status', 'slipDate', 'slipNumber'])
export class AccountingSlip {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Field({ description: 'The accounting service’s slip number; registering it again updates the slip' })
  @Column({ type: 'varchar', length: 50 })
  slipNumber: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'varchar', length: 10 })
  slipDate: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'Decimal text, e.g. 1250000 or 12.50' })
  @Column({ type: 'varchar', length: 32 })
  amount: string;

  @Field({ description: 'ISO 4217 code, e.g. KRW' })
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 36 })
  drafterEmployeeId: string;

  /** The drafter's name when the slip was registered: the export shows who drafted it even if they leave. */
  @Field()
  @Column({ type: 'varchar', length: 100 })
  drafterName: string;

  @Field(() => AccountingSlipStatus)
  @Column({ type: 'varchar', length: 16 })
  status: AccountingSlipStatus;

  @Field({ description: 'When the slip was created in the accounting service' })
  @Column(TIMESTAMP)
  createdAt: Date;

  /** When Warden learnt the slip was closed: an export includes it only if this is at/before its snapshot. */
  @Column({ ...TIMESTAMP, nullable: true })
  closedAt: Date | null;

  @Column(TIMESTAMP)
  registeredAt: Date;

  @Column(TIMESTAMP)
  updatedAt: Date;

  /** Filled by the service for the API response; not a column. */
  @Field(() => [ID], { description: 'Uploaded file ids of the attachments, in order' })
  attachmentFileIds: string[];
}

/** An attachment of a slip: a reference to an uploaded file, in the order the service gave them. */
@Entity({ name: 'accounting_slip_attachments' })
@Index('ux_accounting_slip_attachments_position', ['slipId', 'position'], { unique: true })
export class AccountingSlipAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 36 })
  slipId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 36 })
  fileId: string;
}
