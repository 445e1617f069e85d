import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../../core/database/columns';

export const EmployeeStatus = { ACTIVE: 'ACTIVE', DISABLED: 'DISABLED' } as const;
export type EmployeeStatus = (typeof EmployeeStatus)[keyof typeof EmployeeStatus];

/** A person in a company. Admins are employees holding an admin role (see AdminRoleAssignment). */
@ObjectType()
@Entity({ name: 'employees' })
@Index('ix_employees_company_name', ['companyId', 'name'])
export class Employee {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Login ids are unique across all companies: sign-in does not ask which company. */
  @Field()
  @Index('ux_employees_login_id', { unique: true })
  @Column({ type: 'varchar', length: 190 })
  loginId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** Kept for step-up codes by SMS; never exposed unmasked. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  mobileNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  department: string | null;

  @Column({ type: 'varchar', length: 16, default: EmployeeStatus.ACTIVE })
  status: EmployeeStatus;

  /** argon2id; null for employees who never sign in to the admin console. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column(TIMESTAMP)
  createdAt: Date;
}
