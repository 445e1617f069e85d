import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AdminRole } from '@warden/shared';
import { TIMESTAMP } from '../../core/database/columns';

/** An admin role held by an employee; the roles decide the permissions of the employee's sessions. */
@Entity({ name: 'admin_roles' })
@Index('ux_admin_roles_employee_role', ['employeeId', 'role'], { unique: true })
export class AdminRoleAssignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 36 })
  employeeId: string;

  @Column({ type: 'varchar', length: 32 })
  role: AdminRole;

  @Column(TIMESTAMP)
  grantedAt: Date;
}
