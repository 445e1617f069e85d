import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../clock/clock';
import type { JobQueue } from '../jobs/job-queue';
import { JobName } from '../jobs/job-names';
import type { Mailer, MailMessage } from './mailer';
import { MailMessageRecord, MailStatus, REDACTED_BODY } from './mail-message.entity';

/** Longer than any SMTP conversation (the transport times out after 30 s of silence). */
const CLAIM_MS = 2 * 60_000;

/** Queues e-mail for delivery by the SendMail job. */
export class MailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores the message and queues its delivery. Pass the transaction's manager so a message about a
   * change is stored only if the change commits.
   */
  async queue(companyId: string | null, message: MailMessage, manager: EntityManager = this.dataSource.manager): Promise<string> {
    if (message.to.length === 0) throw new Error('a message needs at least one recipient');
    const repository = manager.getRepository(MailMessageRecord);
    const record = await repository.save(
      repository.create({
        companyId,
        recipients: message.to,
        subject: message.subject.slice(0, 255),
        textBody: message.text,
        htmlBody: message.html ?? null,
        status: MailStatus.QUEUED,
        redactAfterDelivery: message.redactAfterDelivery ?? false,
        attempts: 0,
        lastError: null,
        createdAt: this.clock.now(),
        sentAt: null,
      }),
    );
    await this.jobs.enqueue(JobName.SendMail, { mailId: record.id, companyId });
    return record.id;
  }

  /**
   * Delivers one queued message; a no-op when it was already sent or another worker is sending it
   * (a retried or duplicated job).
   */
  async deliver(mailId: string, isLastAttempt: boolean): Promise<void> {
    const repository = this.dataSource.getRepository(MailMessageRecord);
    const now = this.clock.now();
    const claim = await repository
      .createQueryBuilder()
      .update()
      .set({ claimedUntil: new Date(now.getTime() + CLAIM_MS) })
      .where('id = :mailId AND status = :queued', { mailId, queued: MailStatus.QUEUED })
      .andWhere('(claimed_until IS NULL OR claimed_until < :now)', { now })
      .execute();
    if (!claim.affected) return;
    const record = await repository.findOneByOrFail({ id: mailId });
    try {
      await this.mailer.deliver({
        messageId: `<${record.id}@warden>`,
        to: record.recipients,
        subject: record.subject,
        text: record.textBody,
        html: record.htmlBody,
      });
      await repository.update(
        { id: mailId },
        {
          status: MailStatus.SENT,
          sentAt: this.clock.now(),
          attempts: record.attempts + 1,
          lastError: null,
          claimedUntil: null,
          ...(record.redactAfterDelivery ? { textBody: REDACTED_BODY, htmlBody: null } : {}),
        },
      );
    } catch (error) {
      await repository.update(
        { id: mailId },
        {
          attempts: record.attempts + 1,
          lastError: (error as Error).message.slice(0, 500),
          status: isLastAttempt ? MailStatus.FAILED : MailStatus.QUEUED,
          ...(isLastAttempt && record.redactAfterDelivery ? { textBody: REDACTED_BODY, htmlBody: null } : {}),
          claimedUntil: null,
        },
      );
      throw error;
    }
  }
}
