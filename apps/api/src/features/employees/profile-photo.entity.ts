import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../../core/database/columns';

/**
 * One change of an employee's profile photo (history, never updated in place): an export shows
 * the photo each employee had at its snapshot time, even if it is changed while the export builds.
 * `fileId` null records that the photo was removed.
 */
@ObjectType({ description: 'An employee’s profile photo as set by the HR service' })
@Entity({ name: 'employee_profile_photos' })
@Index('ix_employee_profile_photos_employee', ['companyId', 'employeeId', 'setAt'])
export class EmployeeProfilePhoto {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  employeeId: string;

  @Field(() => ID, { nullable: true, description: 'The uploaded PNG or GIF; null when the photo was removed' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  fileId: string | null;

  @Field(() => String, { nullable: true, description: 'image/png or image/gif, from the file’s signature' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  contentType: string | null;

  @Field()
  @Column(TIMESTAMP)
  setAt: Date;
}
