import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger';

export interface SmsMessage {
  /** Stable id of the queued message; a webhook can use it to drop duplicates. */
  id: string;
  to: string;
  text: string;
}

/** Delivers one text message now. Requests never call it: they queue messages (see sms.service). */
export interface SmsSender {
  readonly kind: 'webhook' | 'outbox';
  send(message: SmsMessage): Promise<void>;
}

/** A webhook that does not answer within this time fails the attempt; the job retries it. */
export const SMS_WEBHOOK_TIMEOUT_MS = 10_000;

/** `SMS_WEBHOOK_URL` set → POST to it; unset → each message becomes a JSON file in the outbox folder. */
export function createSmsSender(options: { webhookUrl: string | null; outboxDir: string; logger: Logger }): SmsSender {
  return options.webhookUrl
    ? new WebhookSmsSender(options.webhookUrl)
    : new OutboxSmsSender(options.outboxDir, options.logger);
}

/** POSTs `{"to", "text"}` as JSON to an SMS gateway of the operator's choice; any non-2xx answer is a failure. */
export class WebhookSmsSender implements SmsSender {
  readonly kind = 'webhook' as const;
  constructor(
    private readonly url: string,
    private readonly timeoutMs = SMS_WEBHOOK_TIMEOUT_MS,
  ) {}
  async send(message: SmsMessage): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': message.id },
      body: JSON.stringify({ to: message.to, text: message.text }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    // Drain the body so the connection can be reused; its content is not ours to log (it may echo the text).
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`SMS webhook answered HTTP ${response.status}`);
  }
}

/** Development and tests: `<dataDir>/outbox/<time>_<id>.sms.json`, written atomically. */
export class OutboxSmsSender implements SmsSender {
  readonly kind = 'outbox' as const;
  constructor(
    private readonly outboxDir: string,
    private readonly logger: Logger,
  ) {}
  async send(message: SmsMessage): Promise<void> {
    fs.mkdirSync(this.outboxDir, { recursive: true });
    const safeId = message.id.replace(/[^A-Za-z0-9._-]/g, '_');
    const file = path.join(this.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}_${safeId}.sms.json`);
    // Written under a temporary name and renamed: a reader of the outbox never sees half a message.
    const temporary = `${file}.${randomUUID()}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify({ id: message.id, to: message.to, text: message.text }, null, 2)}\n`);
    fs.renameSync(temporary, file);
    // The text may hold a one-time code: the log names the file, never the text.
    this.logger.info('sms written to outbox', { file });
  }
}
