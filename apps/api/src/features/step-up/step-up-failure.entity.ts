import { AfterInsert, AfterLoad, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AutoIncrementId, TIMESTAMP } from '../../core/database/columns';

/** One failed code entry by an admin; ten within 15 minutes lock step-up for that admin (R23). */
@Entity({ name: 'step_up_failures' })
@Index('ix_step_up_failures_employee_time', ['employeeId', 'occurredAt'])
export class StepUpFailure {
  @AutoIncrementId()
  id: string;

  @AfterLoad()
  @AfterInsert()
  normalizeId() {
    if (this.id !== undefined && this.id !== null) this.id = String(this.id);
  }

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 36 })
  employeeId: string;

  @Column(TIMESTAMP)
  occurredAt: Date;
}

/** An admin whose step-up is locked until `lockedUntil`; the row stays and is reused by the next lock. */
@Entity({ name: 'step_up_lockouts' })
export class StepUpLockout {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  employeeId: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column(TIMESTAMP)
  lockedUntil: Date;
}
