import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Permission, Service } from '@warden/shared';
import { ManualClock } from '@warden/api/src/core/clock/clock';
import { MailMessageRecord } from '@warden/api/src/core/mail/mail-message.entity';
import { SmsMessageRecord } from '@warden/api/src/core/sms/sms-message.entity';
import { AdminRoleAssignment } from '@warden/api/src/features/employees/admin-role-assignment.entity';
import { buildApiToken, buildCompany } from '../support/factories';
import { errorCode, graphql, signIn } from '../support/graphql-client';
import { SmtpSink } from '../support/smtp-sink';
import {
  LOGIN_RECORDS,
  auditCount,
  codeIn,
  newAdmin,
  protect,
  requestCode,
  sendSmsCode,
  smsOutbox,
  stepUp,
  verifyCode,
  wrong,
} from '../support/step-up';
import { type TestServer, startTestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';

const MINUTE = 60_000;
const SECOND = 1_000;
const SETTINGS = '{ stepUpSettings { services { service protected } } }';
const UPDATE_SETTINGS =
  'mutation ($input: UpdateStepUpSettingsInput!) { updateStepUpSettings(input: $input) { services { service protected } } }';
const STATUS = '{ stepUpStatus { protectedServices applies verified validUntil channels { kind maskedDestination } } }';

const loginRecords = (server: TestServer, admin: { cookie: string }) => graphql(server.url, LOGIN_RECORDS, {}, { cookie: admin.cookie });

describe('step-up by e-mail over SMTP (R20–R24)', () => {
  let server: TestServer;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = new SmtpSink(await SmtpSink.freePort());
    await sink.start();
    server = await startTestServer({ env: { JOBS: 'on', SMTP_URL: `smtp://127.0.0.1:${sink.port}` } });
  });
  afterAll(async () => {
    await server.close();
    await sink.stop();
  });

  it('protects Security once saved, asks for a code by e-mail, and opens the menus with it', async () => {
    const admin = await newAdmin(server);
    // Nothing is protected by default: the settings open without a step-up.
    const initial = await graphql<{ stepUpSettings: { services: Array<{ service: string; protected: boolean }> } }>(server.url, SETTINGS, {}, admin);
    expect(initial.errors).toBeUndefined();
    expect(initial.data!.stepUpSettings.services).toEqual(
      [...Object.values(Service)].map((service) => ({ service, protected: false })),
    );
    expect((await loginRecords(server, admin)).errors).toBeUndefined();

    const saved = await graphql(server.url, UPDATE_SETTINGS, { input: { protectedServices: ['SECURITY'] } }, admin);
    expect(saved.errors).toBeUndefined();
    expect(await auditCount(server, admin.employeeId, 'step_up.settings_changed')).toBe(1);

    const refused = await loginRecords(server, admin);
    expect(errorCode(refused)).toBe('STEP_UP_REQUIRED');
    expect(refused.errors![0].extensions).toMatchObject({ service: 'SECURITY' });

    const status = await graphql<{ stepUpStatus: Record<string, unknown> }>(server.url, STATUS, {}, admin);
    const [local, domain] = admin.email.split('@');
    expect(status.data!.stepUpStatus).toEqual({
      protectedServices: ['SECURITY'],
      applies: true,
      verified: false,
      validUntil: null,
      channels: [
        { kind: 'EMAIL', maskedDestination: `${local[0]}***@${domain[0]}****.com` },
        { kind: 'SMS', maskedDestination: admin.mobileNumber.replace(/^(\+82-10-)\d{4}/, '$1****') },
      ],
    });

    const sent = await requestCode(server, admin, 'EMAIL');
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.requestStepUpCode.maskedDestination).toBe(`${local[0]}***@e****.com`);
    const mail = await waitFor('the code e-mail', async () => sink.received.find((message) => message.to.includes(admin.email)));
    expect(mail.raw).toMatch(/Subject: \[Warden\] Your verification code/);
    const code = codeIn(mail.raw.split(/\r?\n\r?\n/).slice(1).join('\n'));

    // The queued e-mail does not keep the code once it is delivered.
    const row = await waitFor('the mail row to be redacted', async () => {
      const rows = await server.warden.dataSource.getRepository(MailMessageRecord).findBy({ status: 'SENT' });
      return rows.find((candidate) => candidate.recipients.includes(admin.email) && !candidate.textBody.includes(code));
    });
    expect(row.textBody).toBe('[redacted after delivery]');

    const verified = await verifyCode(server, admin, code);
    expect(verified.errors).toBeUndefined();
    expect((await loginRecords(server, admin)).errors).toBeUndefined();
    const after = await graphql<{ stepUpStatus: { verified: boolean; validUntil: string } }>(server.url, STATUS, {}, admin);
    expect(after.data!.stepUpStatus.verified).toBe(true);
    expect(after.data!.stepUpStatus.validUntil).toBe(verified.data!.verifyStepUpCode.validUntil);

    expect(await auditCount(server, admin.employeeId, 'step_up.code_sent')).toBe(1);
    expect(await auditCount(server, admin.employeeId, 'step_up.verified')).toBe(1);
    expect(await auditCount(server, admin.employeeId, 'step_up.failed')).toBe(0);
  });
});

describe('step-up rules (SMS outbox, moved clock)', () => {
  let server: TestServer;
  let clock: ManualClock;
  beforeAll(async () => {
    clock = new ManualClock(new Date());
    server = await startTestServer({ clock, env: { JOBS: 'on' } });
    await protect(server, server.fixtures.company.id, ['SECURITY']);
  });
  afterAll(() => server.close());

  it('delivers the code by SMS to the outbox and keeps no copy of it in the queue', async () => {
    const admin = await newAdmin(server);
    const sent = await requestCode(server, admin, 'SMS');
    expect(sent.data!.requestStepUpCode.maskedDestination).toBe(admin.mobileNumber.replace(/^(\+82-10-)\d{4}/, '$1****'));
    const message = await waitFor('the SMS', async () => smsOutbox(server, admin.mobileNumber)[0]);
    expect(message.text).toMatch(/^\[Warden\] Verification code \d{6} \(valid 10 min\)$/);
    const row = await waitFor('the sent SMS row', async () =>
      server.warden.dataSource.getRepository(SmsMessageRecord).findOneBy({ id: message.id, status: 'SENT' }),
    );
    expect(row.text).toBe('[redacted after delivery]');
    expect((await verifyCode(server, admin, codeIn(message.text))).errors).toBeUndefined();
    expect((await loginRecords(server, admin)).errors).toBeUndefined();
  });

  it('accepts a code at 9:59 and refuses it at 10:01', async () => {
    const early = await newAdmin(server);
    const late = await newAdmin(server);
    const earlyCode = await sendSmsCode(server, early);
    const lateCode = await sendSmsCode(server, late);
    clock.advance(9 * MINUTE + 59 * SECOND);
    expect((await verifyCode(server, early, earlyCode)).errors).toBeUndefined();
    clock.advance(2 * SECOND);
    const expired = await verifyCode(server, late, lateCode);
    expect(errorCode(expired)).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await loginRecords(server, late))).toBe('STEP_UP_REQUIRED');
  });

  it('voids a code at the 5th wrong entry, so the right code fails after it', async () => {
    const fourWrong = await newAdmin(server);
    const code4 = await sendSmsCode(server, fourWrong);
    for (let i = 0; i < 4; i++) expect(errorCode(await verifyCode(server, fourWrong, wrong(code4)))).toBe('INVALID_CREDENTIALS');
    expect((await verifyCode(server, fourWrong, code4)).errors).toBeUndefined();

    const fiveWrong = await newAdmin(server);
    const code5 = await sendSmsCode(server, fiveWrong);
    for (let i = 0; i < 5; i++) expect(errorCode(await verifyCode(server, fiveWrong, wrong(code5)))).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await verifyCode(server, fiveWrong, code5))).toBe('INVALID_CREDENTIALS');
    expect(await auditCount(server, fiveWrong.employeeId, 'step_up.failed')).toBe(6);
    expect(await auditCount(server, fiveWrong.employeeId, 'step_up.verified')).toBe(0);
  });

  it('locks step-up after 10 failures in 15 minutes, answers locked like wrong, and unlocks at 15:01', async () => {
    const admin = await newAdmin(server);
    const first = await sendSmsCode(server, admin);
    for (let i = 0; i < 5; i++) await verifyCode(server, admin, wrong(first)); // failures 1–5 (the 5th voids it)
    for (let i = 0; i < 4; i++) await verifyCode(server, admin, first); // failures 6–9: no live code
    const second = await sendSmsCode(server, admin);
    const wrongAnswer = await verifyCode(server, admin, wrong(second)); // failure 10: locks; `second` itself stays live
    expect(errorCode(wrongAnswer)).toBe('INVALID_CREDENTIALS');
    expect(await auditCount(server, admin.employeeId, 'step_up.locked')).toBe(1);

    // Locked: the right code gets exactly the answer a wrong one gets, and no new code is sent.
    const lockedAnswer = await verifyCode(server, admin, second);
    expect(lockedAnswer.errors![0]).toEqual(wrongAnswer.errors![0]);
    expect(errorCode(await requestCode(server, admin))).toBe('RATE_LIMITED');
    expect(await auditCount(server, admin.employeeId, 'step_up.locked')).toBe(1);
    expect(await auditCount(server, admin.employeeId, 'step_up.verified')).toBe(0);

    clock.advance(14 * MINUTE + 59 * SECOND);
    expect(errorCode(await requestCode(server, admin))).toBe('RATE_LIMITED');
    clock.advance(2 * SECOND);
    const unlocked = await sendSmsCode(server, admin);
    expect((await verifyCode(server, admin, unlocked)).errors).toBeUndefined();
    expect(await auditCount(server, admin.employeeId, 'step_up.failed')).toBe(11);
    expect(await auditCount(server, admin.employeeId, 'step_up.locked')).toBe(1);
  });

  it('keeps a step-up for 30 minutes: valid at 29:59, asked again at 30:01', async () => {
    const admin = await newAdmin(server);
    await stepUp(server, admin);
    clock.advance(29 * MINUTE + 59 * SECOND);
    expect((await loginRecords(server, admin)).errors).toBeUndefined();
    clock.advance(2 * SECOND);
    expect(errorCode(await loginRecords(server, admin))).toBe('STEP_UP_REQUIRED');
  });

  it('sends at most 5 codes per admin in 15 minutes', async () => {
    const admin = await newAdmin(server);
    for (let i = 0; i < 5; i++) {
      expect((await requestCode(server, admin)).errors).toBeUndefined();
      clock.advance(MINUTE);
    }
    const sixth = await requestCode(server, admin);
    expect(errorCode(sixth)).toBe('RATE_LIMITED');
    expect(sixth.errors![0].extensions!.retryAfterSeconds).toBe(10 * 60);
    expect(await auditCount(server, admin.employeeId, 'step_up.code_sent')).toBe(5);
    clock.advance(10 * MINUTE + SECOND);
    expect((await requestCode(server, admin)).errors).toBeUndefined();
  });

  it('voids the previous code when a new one is sent', async () => {
    const admin = await newAdmin(server);
    const old = await sendSmsCode(server, admin);
    const fresh = await sendSmsCode(server, admin);
    if (old !== fresh) expect(errorCode(await verifyCode(server, admin, old))).toBe('INVALID_CREDENTIALS');
    expect((await verifyCode(server, admin, fresh)).errors).toBeUndefined();
  });

  it('lets exactly one of two parallel verifications with the right code succeed', async () => {
    const admin = await newAdmin(server);
    const code = await sendSmsCode(server, admin);
    const results = await Promise.all([verifyCode(server, admin, code), verifyCode(server, admin, code), verifyCode(server, admin, code)]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => errorCode(result) === 'INVALID_CREDENTIALS')).toHaveLength(2);
    expect(await auditCount(server, admin.employeeId, 'step_up.verified')).toBe(1);
  });

  it('grants one session only: another admin, and another session of the same admin, are still asked', async () => {
    const admin = await newAdmin(server);
    const other = await newAdmin(server);
    await stepUp(server, admin);
    expect((await loginRecords(server, admin)).errors).toBeUndefined();
    expect(errorCode(await loginRecords(server, other))).toBe('STEP_UP_REQUIRED');
    const secondSession = { cookie: await signIn(server.url, admin.loginId, admin.password) };
    expect(errorCode(await loginRecords(server, secondSession))).toBe('STEP_UP_REQUIRED');
  });

  it('ends with sign-out', async () => {
    const admin = await newAdmin(server);
    await stepUp(server, admin);
    expect((await graphql(server.url, 'mutation { signOut }', {}, admin)).errors).toBeUndefined();
    expect(errorCode(await loginRecords(server, admin))).toBe('UNAUTHENTICATED');
    const again = { cookie: await signIn(server.url, admin.loginId, admin.password) };
    expect(errorCode(await loginRecords(server, again))).toBe('STEP_UP_REQUIRED');
  });

  it('ends when the admin’s roles change', async () => {
    const admin = await newAdmin(server);
    await stepUp(server, admin);
    expect((await loginRecords(server, admin)).errors).toBeUndefined();
    await server.warden.dataSource.getRepository(AdminRoleAssignment).update({ employeeId: admin.employeeId }, { role: 'SECURITY_ADMIN' });
    expect(errorCode(await loginRecords(server, admin))).toBe('STEP_UP_REQUIRED');
  });

  it('ends when the admin’s password changes', async () => {
    const admin = await newAdmin(server);
    await stepUp(server, admin);
    await server.warden.services.auth.setPassword(admin.employeeId, 'a-new-password-2026');
    expect(errorCode(await loginRecords(server, admin))).toBe('STEP_UP_REQUIRED');
  });

  it('refuses verifyStepUpCode twice in one operation, without counting a guess', async () => {
    const admin = await newAdmin(server);
    const code = await sendSmsCode(server, admin);
    const aliased = await graphql(
      server.url,
      'mutation ($a: String!, $b: String!) { a: verifyStepUpCode(code: $a) { validUntil } b: verifyStepUpCode(code: $b) { validUntil } }',
      { a: wrong(code), b: code },
      admin,
    );
    expect(errorCode(aliased)).toBe('BAD_USER_INPUT');
    expect(aliased.errors![0].message).toMatch(/verifyStepUpCode may appear only once/);
    const viaFragment = await graphql(
      server.url,
      'mutation ($a: String!) { verifyStepUpCode(code: $a) { validUntil } ...again } fragment again on Mutation { verifyStepUpCode(code: $a) { validUntil } }',
      { a: code },
      admin,
    );
    expect(errorCode(viaFragment)).toBe('BAD_USER_INPUT');
    expect(await auditCount(server, admin.employeeId, 'step_up.failed')).toBe(0);
    expect((await verifyCode(server, admin, code)).errors).toBeUndefined();
  });

  it('leaves API tokens to their permissions: no step-up, and no codes for them', async () => {
    const token = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.LOGIN_RECORDS_READ]);
    expect((await graphql(server.url, LOGIN_RECORDS, {}, { token })).errors).toBeUndefined();
    expect(errorCode(await graphql(server.url, 'mutation { requestStepUpCode(channel: SMS) { expiresAt } }', {}, { token }))).toBe('FORBIDDEN');
    const status = await graphql<{ stepUpStatus: { applies: boolean; channels: unknown[] } }>(server.url, STATUS, {}, { token });
    expect(status.data!.stepUpStatus).toMatchObject({ applies: false, channels: [], protectedServices: ['SECURITY'] });
  });

  it('purges step-up rows a day after they ended (daily session purge)', async () => {
    const admin = await newAdmin(server);
    await stepUp(server, admin);
    const { dataSource } = server.warden;
    const count = async () =>
      (await dataSource.query('SELECT COUNT(*) AS n FROM step_up_grants WHERE employee_id = ?', [admin.employeeId]))[0].n;
    expect(Number(await count())).toBe(1);
    await server.warden.services.stepUp.purgeEnded();
    expect(Number(await count())).toBe(1);
    clock.advance(30 * MINUTE + 24 * 60 * MINUTE + SECOND);
    expect(await server.warden.services.stepUp.purgeEnded()).toBeGreaterThan(0);
    expect(Number(await count())).toBe(0);
  });

  it('refuses a download link without a step-up', async () => {
    const admin = await newAdmin(server);
    const response = await graphql(server.url, 'mutation { requestLoginRecordsDownload { url } }', {}, admin);
    expect(errorCode(response)).toBe('STEP_UP_REQUIRED');
    expect(response.data).toBeNull();
  });
});

describe('SMS through SMS_WEBHOOK_URL', () => {
  let server: TestServer;
  let webhook: Server;
  const received: Array<{ to: string; text: string; key: string | undefined }> = [];
  let failuresLeft = 1;
  beforeAll(async () => {
    webhook = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (failuresLeft-- > 0) {
          res.writeHead(503).end();
          return;
        }
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { to: string; text: string };
        received.push({ ...body, key: req.headers['idempotency-key'] as string | undefined });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    const { port } = webhook.address() as AddressInfo;
    server = await startTestServer({ env: { JOBS: 'on', SMS_WEBHOOK_URL: `http://127.0.0.1:${port}/sms` } });
    await protect(server, server.fixtures.company.id, ['SECURITY']);
  });
  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => webhook.close(resolve));
  });

  it('POSTs {to, text} as JSON, retries a failed delivery, and the code works', async () => {
    const admin = await newAdmin(server);
    expect((await requestCode(server, admin, 'SMS')).errors).toBeUndefined();
    const message = await waitFor('the webhook call', async () => received.find((candidate) => candidate.to === admin.mobileNumber));
    expect(message.text).toMatch(/Verification code \d{6}/);
    expect(message.key).toMatch(/^[0-9a-f-]{36}$/);
    const row = await server.warden.dataSource.getRepository(SmsMessageRecord).findOneByOrFail({ id: message.key! });
    expect(row).toMatchObject({ status: 'SENT', attempts: 2, text: '[redacted after delivery]' });
    expect((await verifyCode(server, admin, codeIn(message.text))).errors).toBeUndefined();
  });
});

describe('updateStepUpSettings', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { JOBS: 'on' } });
  });
  afterAll(() => server.close());

  it('accepts only services the company subscribes to (Security always), naming a bad one', async () => {
    const company = await buildCompany(server.warden.dataSource, { subscribedServices: ['APPROVAL', 'HR'] });
    const admin = await newAdmin(server, { companyId: company.id });
    const settings = await graphql<{ stepUpSettings: { services: Array<{ service: string }> } }>(server.url, SETTINGS, {}, admin);
    expect(settings.data!.stepUpSettings.services.map((entry) => entry.service)).toEqual(['SECURITY', 'APPROVAL', 'HR']);
    const bad = await graphql(server.url, UPDATE_SETTINGS, { input: { protectedServices: ['APPROVAL', 'PLEDGE'] } }, admin);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions).toMatchObject({ field: 'protectedServices', service: 'PLEDGE' });
    expect(bad.errors![0].message).toMatch(/PLEDGE/);
    expect(await auditCount(server, admin.employeeId, 'step_up.settings_changed')).toBe(0);
  });

  it('needs a step-up once any service is protected, even one other than Security', async () => {
    const company = await buildCompany(server.warden.dataSource);
    const admin = await newAdmin(server, { companyId: company.id });
    expect((await graphql(server.url, UPDATE_SETTINGS, { input: { protectedServices: ['APPROVAL'] } }, admin)).errors).toBeUndefined();
    // Security menus stay open (Security is not protected) …
    expect((await loginRecords(server, admin)).errors).toBeUndefined();
    // … but switching protection needs a step-up now.
    const refused = await graphql(server.url, UPDATE_SETTINGS, { input: { protectedServices: [] } }, admin);
    expect(errorCode(refused)).toBe('STEP_UP_REQUIRED');
    await stepUp(server, admin);
    const saved = await graphql<{ updateStepUpSettings: { services: Array<{ service: string; protected: boolean }> } }>(
      server.url,
      UPDATE_SETTINGS,
      { input: { protectedServices: [] } },
      admin,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateStepUpSettings.services.every((entry) => !entry.protected)).toBe(true);
    expect(await auditCount(server, admin.employeeId, 'step_up.settings_changed')).toBe(2);
  });
});
