import { MailMessageRecord } from '@warden/api/src/core/mail/mail-message.entity';
import { signIn, graphql } from '../support/graphql-client';
import { type TestServer, startTestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';

// No MongoDB server can be installed on the development machines; this runs wherever
// MONGODB_URL points at one, and is reported as skipped (never passed) elsewhere.
const mongodbUrl = process.env.MONGODB_URL;
const describeWithMongo = mongodbUrl ? describe : describe.skip;
if (!mongodbUrl) console.warn('skipped: the MongoDB job queue tests need MONGODB_URL (e.g. mongodb://127.0.0.1:27017/warden_test)');

describeWithMongo('the job queue on MongoDB (MONGODB_URL)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { JOBS: 'on', MONGODB_URL: mongodbUrl! } });
  });
  afterAll(async () => {
    await server?.warden.services.jobs.agenda.purge();
    await server?.close();
  });

  it('keeps jobs in MongoDB through Agenda’s MongoDB backend and runs them', async () => {
    expect(server.warden.services.jobs.backendName).toBe('mongodb');
    const mailId = await server.warden.services.mail.queue(server.fixtures.company.id, {
      to: ['admin@example.test'],
      subject: 'Through MongoDB',
      text: 'x',
    });
    const repository = server.warden.dataSource.getRepository(MailMessageRecord);
    await waitFor('delivery', async () => (await repository.findOneByOrFail({ id: mailId })).status === 'SENT');
    const tables = await server.warden.dataSource.query("SELECT COUNT(*) AS n FROM agenda_jobs");
    expect(Number(tables[0].n)).toBe(0);
  });

  it('shows the company’s MongoDB jobs in scheduledJobs', async () => {
    const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const response = await graphql<{ scheduledJobs: Array<{ name: string }> }>(server.url, '{ scheduledJobs { name state } }', {}, { cookie });
    expect(response.data!.scheduledJobs.map((job) => job.name)).toContain('send-mail');
  });
});
