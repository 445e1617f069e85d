import fs from 'node:fs';
import path from 'node:path';
import { Permission } from '@warden/shared';
import { MailMessageRecord } from '@warden/api/src/core/mail/mail-message.entity';
import { JobName } from '@warden/api/src/core/jobs/job-names';
import { buildApiToken } from '../support/factories';
import { graphql, errorCode, signIn } from '../support/graphql-client';
import { SmtpSink } from '../support/smtp-sink';
import { type TestServer, startTestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';

const mailRow = (server: TestServer, id: string) =>
  server.warden.dataSource.getRepository(MailMessageRecord).findOneByOrFail({ id });

describe('e-mail through the job queue, with SMTP', () => {
  let server: TestServer;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = new SmtpSink(await SmtpSink.freePort());
    server = await startTestServer({ env: { JOBS: 'on', SMTP_URL: `smtp://127.0.0.1:${sink.port}` } });
  });
  afterAll(async () => {
    await server.close();
    await sink.stop();
  });

  it('delivers a message queued while the SMTP server is down once it comes back', async () => {
    const mailId = await server.warden.services.mail.queue(server.fixtures.company.id, {
      to: ['admin@example.test'],
      subject: 'Your export is ready — 내보내기 완료',
      text: 'Download it from Export history.',
    });
    // The server is down: the job fails and is retried with backoff; the message stays queued.
    const failing = await waitFor('a failed delivery attempt', async () => {
      const row = await mailRow(server, mailId);
      return row.attempts >= 1 ? row : null;
    });
    expect(failing.status).toBe('QUEUED');
    expect(failing.lastError).toMatch(/ECONNREFUSED|connect/i);

    await sink.start();
    const sent = await waitFor('delivery after the server came back', async () => {
      const row = await mailRow(server, mailId);
      return row.status === 'SENT' ? row : null;
    });
    expect(sent.sentAt).not.toBeNull();
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0].to).toEqual(['admin@example.test']);
    expect(sink.received[0].raw).toContain(`Message-ID: <${mailId}@warden>`);
    expect(sink.received[0].raw).toMatch(/Subject: =\?UTF-8\?/);
  });

  it('delivers a message once even when its job is queued twice', async () => {
    const before = sink.received.length;
    const mailId = await server.warden.services.mail.queue(null, { to: ['ops@example.test'], subject: 'Twice', text: 'x' });
    await server.warden.services.jobs.enqueue(JobName.SendMail, { mailId, companyId: null });
    await waitFor('delivery', async () => (await mailRow(server, mailId)).status === 'SENT');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sink.received.length - before).toBe(1);
  });
});

describe('e-mail without SMTP_URL', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { JOBS: 'on' } });
  });
  afterAll(() => server.close());

  it('writes each message as an .eml file to the outbox, never a partial one', async () => {
    const mailId = await server.warden.services.mail.queue(server.fixtures.company.id, {
      to: ['admin@example.test'],
      subject: 'Outbox check',
      text: 'Hello from the outbox',
    });
    await waitFor('delivery to the outbox', async () => (await mailRow(server, mailId)).status === 'SENT');
    const outbox = path.join(server.warden.config.dataDir, 'outbox');
    const files = fs.readdirSync(outbox);
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    const eml = files.find((file) => file.includes(mailId));
    expect(eml).toMatch(/\.eml$/);
    const content = fs.readFileSync(path.join(outbox, eml!), 'utf8');
    expect(content).toContain('Subject: Outbox check');
    expect(content).toContain('Hello from the outbox');
  });
});

describe('scheduledJobs (the operators’ jobs view)', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Jobs off: nothing runs, so queued jobs stay visible in the view.
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const QUERY = '{ scheduledJobs { id name state nextRunAt failCount failReason } }';

  it('lists the company’s own jobs and never another company’s', async () => {
    const { mail } = server.warden.services;
    await mail.queue(server.fixtures.company.id, { to: ['a@example.test'], subject: 'ours', text: 'x' });
    await mail.queue(server.fixtures.otherCompany.id, { to: ['b@example.test'], subject: 'theirs', text: 'x' });
    await mail.queue(null, { to: ['ops@example.test'], subject: 'platform', text: 'x' });

    const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const ours = await graphql<{ scheduledJobs: Array<{ name: string; state: string }> }>(server.url, QUERY, {}, { cookie });
    expect(ours.errors).toBeUndefined();
    expect(ours.data!.scheduledJobs).toHaveLength(1);
    expect(ours.data!.scheduledJobs[0]).toMatchObject({ name: 'send-mail', failCount: 0 });

    const otherCookie = await signIn(server.url, server.fixtures.otherAdmin.loginId, server.fixtures.otherAdmin.password);
    const theirs = await graphql<{ scheduledJobs: unknown[] }>(server.url, QUERY, {}, { cookie: otherCookie });
    expect(theirs.data!.scheduledJobs).toHaveLength(1);
  });

  it('needs the JOBS_READ permission', async () => {
    const token = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.COMPANY_READ]);
    expect(errorCode(await graphql(server.url, QUERY, {}, { token }))).toBe('FORBIDDEN');
  });

  it('bounds the page size', async () => {
    const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const response = await graphql(server.url, '{ scheduledJobs(first: 500) { id } }', {}, { cookie });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});
