import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LongTextColumn, TIMESTAMP } from '../../core/database/columns';
import { Attachment } from '../stored-files/attachment.types';

/**
 * A signed pledge as the pledge service registered it. Many employees sign the same pledge (same
 * name), so the pledge service's own number identifies one signature. Deleting it there sets
 * `deletedAt` here (soft delete) and lists it under Security › Pledge deletion status (R50–R52).
 */
@ObjectType({ description: 'A signed pledge from the pledge service' })
@Entity({ name: 'pledges' })
@Index('ux_pledges_number', ['companyId', 'pledgeNumber'], { unique: true })
@Index('ix_pledges_deleted', ['companyId', 'deletedAt', 'id'])
@Index('ix_pledges_signed', ['companyId', 'signedAt', 'id'])
export class Pledge {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Field({ description: 'The pledge service’s number of this signed pledge, unique in the company, e.g. PLG-2026-000045' })
  @Column({ type: 'varchar', length: 40 })
  pledgeNumber: string;

  @Field({ description: 'The pledge’s name, e.g. Information security pledge' })
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  signerEmployeeId: string;

  @Field({ description: 'The signer’s name when the pledge was registered' })
  @Column({ type: 'varchar', length: 100 })
  signerName: string;

  @Field()
  @Column(TIMESTAMP)
  signedAt: Date;

  @Field({ description: 'Rich text as HTML from the pledge service: untrusted, never render it as HTML' })
  @LongTextColumn()
  content: string;

  @Field(() => Date, { nullable: true, description: 'When it was deleted in the pledge service; null while it is live' })
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

  /** Filled by the service (one query per page); not a column. */
  @Field(() => [Attachment])
  attachments: Attachment[];
}

/** An attachment of a signed pledge: an uploaded file under its name in the pledge. */
@Entity({ name: 'pledge_attachments' })
@Index('ux_pledge_attachments_position', ['pledgeId', 'position'], { unique: true })
@Index('ux_pledge_attachments_file', ['fileId'], { unique: true })
export class PledgeAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 36 })
  pledgeId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 36 })
  fileId: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;
}
