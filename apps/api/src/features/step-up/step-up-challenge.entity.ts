import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../../core/database/columns';
import type { StepUpChannel } from './step-up.types';

/**
 * One code sent to an admin for one session (R21, R23). Only an HMAC-SHA-256 of the code under a
 * per-code random salt is kept. A code is usable while it is the session's newest challenge, not
 * consumed, not expired and under the wrong-entry limit; consuming it is one conditional UPDATE.
 */
@Entity({ name: 'step_up_challenges' })
@Index('ix_step_up_challenges_session', ['sessionId', 'createdAt'])
@Index('ix_step_up_challenges_employee', ['employeeId', 'createdAt'])
export class StepUpChallenge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 36 })
  employeeId: string;

  /** The session the grant will belong to (sessions.id, a SHA-256 hex). */
  @Column({ type: 'varchar', length: 64 })
  sessionId: string;

  @Column({ type: 'varchar', length: 8 })
  channel: StepUpChannel;

  /** Hex of 16 random bytes: the HMAC key for this code. */
  @Column({ type: 'varchar', length: 32 })
  codeSalt: string;

  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ type: 'int', default: 0 })
  wrongAttempts: number;

  @Column(TIMESTAMP)
  createdAt: Date;

  @Column(TIMESTAMP)
  expiresAt: Date;

  @Column({ ...TIMESTAMP, nullable: true })
  consumedAt: Date | null;

  /** Set when a newer code replaced it or the wrong-entry limit was reached. */
  @Column({ ...TIMESTAMP, nullable: true })
  voidedAt: Date | null;
}
