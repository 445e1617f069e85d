import type { DataSource } from 'typeorm';
import type { Clock } from '../clock/clock';
import type { JobQueue } from '../jobs/job-queue';
import { JobName } from '../jobs/job-names';
import { REDACTED_TEXT, SmsMessageRecord, SmsStatus } from './sms-message.entity';
import type { SmsSender } from './sms-sender';

/** Longer than a webhook call may take (it times out after 10 s). */
const CLAIM_MS = 60_000;

export interface QueuedSms {
  to: string;
  text: string;
  /** Drop the message instead of sending it after this time. */
  discardAfter?: Date | null;
}

/** Queues text messages for delivery by the SendSms job. */
export class SmsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly sender: SmsSender,
    private readonly clock: Clock,
  ) {}

  /** Stores the message and queues its delivery; returns the message id. */
  async queue(companyId: string | null, message: QueuedSms): Promise<string> {
    const repository = this.dataSource.getRepository(SmsMessageRecord);
    const record = await repository.save(
      repository.create({
        companyId,
        recipient: message.to,
        text: message.text,
        status: SmsStatus.QUEUED,
        attempts: 0,
        claimedUntil: null,
        discardAfter: message.discardAfter ?? null,
        lastError: null,
        createdAt: this.clock.now(),
        sentAt: null,
      }),
    );
    await this.jobs.enqueue(JobName.SendSms, { smsId: record.id, companyId });
    return record.id;
  }

  /** Delivers one queued message; a no-op when it was already sent or another worker holds it. */
  async deliver(smsId: string, isLastAttempt: boolean): Promise<void> {
    const repository = this.dataSource.getRepository(SmsMessageRecord);
    const now = this.clock.now();
    const claim = await repository
      .createQueryBuilder()
      .update()
      .set({ claimedUntil: new Date(now.getTime() + CLAIM_MS) })
      .where('id = :smsId AND status = :queued', { smsId, queued: SmsStatus.QUEUED })
      .andWhere('(claimed_until IS NULL OR claimed_until < :now)', { now })
      .execute();
    if (!claim.affected) return;
    const record = await repository.findOneByOrFail({ id: smsId });
    if (record.discardAfter && record.discardAfter <= now) {
      await repository.update({ id: smsId }, { status: SmsStatus.EXPIRED, text: REDACTED_TEXT, claimedUntil: null });
      return;
    }
    try {
      await this.sender.send({ id: record.id, to: record.recipient, text: record.text });
      await repository.update(
        { id: smsId },
        { status: SmsStatus.SENT, sentAt: this.clock.now(), attempts: record.attempts + 1, lastError: null, claimedUntil: null, text: REDACTED_TEXT },
      );
    } catch (error) {
      await repository.update(
        { id: smsId },
        {
          attempts: record.attempts + 1,
          lastError: (error as Error).message.slice(0, 500),
          status: isLastAttempt ? SmsStatus.FAILED : SmsStatus.QUEUED,
          ...(isLastAttempt ? { text: REDACTED_TEXT } : {}),
          claimedUntil: null,
        },
      );
      throw error;
    }
  }
}
