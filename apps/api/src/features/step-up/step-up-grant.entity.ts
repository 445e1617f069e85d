import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TIMESTAMP } from '../../core/database/columns';

/**
 * A verified step-up of one admin session (R22): valid until `validUntil`, and only while the
 * admin's password and roles are what they were at verification (`fingerprint`). Sign-out deletes it
 * (and a revoked session resolves to no caller anyway).
 */
@Entity({ name: 'step_up_grants' })
@Index('ix_step_up_grants_employee', ['employeeId'])
export class StepUpGrant {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  sessionId: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 36 })
  employeeId: string;

  @Column(TIMESTAMP)
  verifiedAt: Date;

  @Column(TIMESTAMP)
  validUntil: Date;

  /** SHA-256 of the password hash and the sorted role set at verification. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;
}
