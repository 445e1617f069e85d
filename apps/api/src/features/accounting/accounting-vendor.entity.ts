import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../../core/database/columns';

/**
 * A vendor (business partner) of the company's books. The business registration number is the
 * natural key: registering a vendor again with the same number updates it.
 */
@ObjectType({ description: 'A vendor registered by the accounting service' })
@Entity({ name: 'accounting_vendors' })
@Index('ux_accounting_vendors_number', ['companyId', 'businessRegistrationNumber'], { unique: true })
@Index('ix_accounting_vendors_registered', ['companyId', 'registeredAt'])
export class AccountingVendor {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Field({ description: 'As the source writes it, e.g. 123-45-67890' })
  @Column({ type: 'varchar', length: 32 })
  businessRegistrationNumber: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  representative: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number or e-mail address' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  contact: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  address: string | null;

  /** First registration; the export's period and snapshot apply to it. */
  @Field()
  @Column(TIMESTAMP)
  registeredAt: Date;

  @Column(TIMESTAMP)
  updatedAt: Date;

  @Field(() => [ID], { description: 'Uploaded file ids of the attachments, in order' })
  attachmentFileIds: string[];
}

@Entity({ name: 'accounting_vendor_attachments' })
@Index('ux_accounting_vendor_attachments_position', ['vendorId', 'position'], { unique: true })
export class AccountingVendorAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 36 })
  vendorId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 36 })
  fileId: string;
}
