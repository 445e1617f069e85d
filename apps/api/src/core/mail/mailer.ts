import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../logging/logger';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html?: string | null;
  /** The body holds a secret (a one-time code): keep it in the queue only until it is delivered. */
  redactAfterDelivery?: boolean;
}

/** Delivers one message now. Callers outside jobs do not use it: they queue mail (see mail.service). */
export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  deliver(message: MailMessage & { messageId: string }): Promise<void>;
  close(): void;
}

/** `SMTP_URL` set → real SMTP; unset → each message becomes an .eml file in the outbox folder. */
export function createMailer(options: { smtpUrl: string | null; from: string; outboxDir: string; logger: Logger }): Mailer {
  return options.smtpUrl
    ? new SmtpMailer(options.smtpUrl, options.from)
    : new OutboxMailer(options.outboxDir, options.from, options.logger);
}

class SmtpMailer implements Mailer {
  readonly kind = 'smtp' as const;
  private readonly transport: Transporter;
  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // Short timeouts: a dead server should fail the job fast so Agenda retries it later.
    this.transport = nodemailer.createTransport(smtpUrl, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as object);
  }
  async deliver(message: MailMessage & { messageId: string }): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? undefined,
      messageId: message.messageId,
    });
  }
  close(): void {
    this.transport.close();
  }
}

class OutboxMailer implements Mailer {
  readonly kind = 'outbox' as const;
  private readonly transport: Transporter;
  constructor(
    private readonly outboxDir: string,
    private readonly from: string,
    private readonly logger: Logger,
  ) {
    this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }
  async deliver(message: MailMessage & { messageId: string }): Promise<void> {
    const info = (await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? undefined,
      messageId: message.messageId,
    })) as { message: Buffer };
    fs.mkdirSync(this.outboxDir, { recursive: true });
    const safeId = message.messageId.replace(/[^A-Za-z0-9._-]/g, '_');
    const file = path.join(this.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}_${safeId}.eml`);
    // Written under a temporary name and renamed: a reader of the outbox never sees half a message.
    const temporary = `${file}.${randomUUID()}.tmp`;
    fs.writeFileSync(temporary, info.message);
    fs.renameSync(temporary, file);
    this.logger.info('mail written to outbox', { to: message.to.join(','), subject: message.subject, file });
  }
  close(): void {
    this.transport.close();
  }
}
