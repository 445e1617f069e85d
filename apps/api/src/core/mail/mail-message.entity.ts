import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP, booleanColumn } from '../database/columns';

export const REDACTED_BODY = '[redacted after delivery]';

export const MailStatus = { QUEUED: 'QUEUED', SENT: 'SENT', FAILED: 'FAILED' } as const;
export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];

/**
 * A queued e-mail. Requests only insert a row and enqueue a job with its id; the job delivers it
 * with retries, so a slow or dead mail server never holds up a request and nothing is lost.
 */
@Entity({ name: 'mail_messages' })
@Index('ix_mail_messages_status', ['status', 'createdAt'])
export class MailMessageRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The tenant the message is about; null for platform mail. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  companyId: string | null;

  @Column({ type: 'simple-json' })
  recipients: string[];

  @Column({ type: 'varchar', length: 255 })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text', nullable: true })
  htmlBody: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: MailStatus;

  /**
   * One-time codes: the bodies are overwritten once the message is delivered (or finally fails), so
   * the queue table never keeps a code longer than it takes to send it.
   */
  @Column({ type: 'boolean', default: false, transformer: booleanColumn })
  redactAfterDelivery: boolean;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /**
   * Set while one worker delivers the message. The conditional update that sets it is the claim:
   * two jobs for the same message (a duplicate enqueue, a lock taken over) never both send it.
   */
  @Column({ ...TIMESTAMP, nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column(TIMESTAMP)
  createdAt: Date;

  @Column({ ...TIMESTAMP, nullable: true })
  sentAt: Date | null;
}
