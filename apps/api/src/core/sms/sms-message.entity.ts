import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../database/columns';

export const SmsStatus = { QUEUED: 'QUEUED', SENT: 'SENT', FAILED: 'FAILED', EXPIRED: 'EXPIRED' } as const;
export type SmsStatus = (typeof SmsStatus)[keyof typeof SmsStatus];

/** What `text` holds once a message left the queue: one-time codes are not kept after delivery. */
export const REDACTED_TEXT = '[redacted after delivery]';

/**
 * A queued text message, delivered by the `send-sms` job like `mail_messages` by `send-mail`.
 * The text (which may hold a one-time code) is kept only while the message is queued: delivery,
 * final failure and expiry all overwrite it with REDACTED_TEXT.
 */
@Entity({ name: 'sms_messages' })
@Index('ix_sms_messages_status', ['status', 'createdAt'])
export class SmsMessageRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  companyId: string | null;

  @Column({ type: 'varchar', length: 32 })
  recipient: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 16 })
  status: SmsStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** The conditional update that sets it is the claim: two runs of the job never both send. */
  @Column({ ...TIMESTAMP, nullable: true })
  claimedUntil: Date | null;

  /** A message not delivered by then is dropped (a one-time code that has expired is useless). */
  @Column({ ...TIMESTAMP, nullable: true })
  discardAfter: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column(TIMESTAMP)
  createdAt: Date;

  @Column({ ...TIMESTAMP, nullable: true })
  sentAt: Date | null;
}
