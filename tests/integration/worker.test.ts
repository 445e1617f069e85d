import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MailMessageRecord } from '@warden/api/src/core/mail/mail-message.entity';
import { type TestDatabase, createTestDatabase } from '../support/test-database';
import { type TestServer, startTestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';

const ROOT = path.resolve(__dirname, '../..');

describe('pnpm worker beside an API process with JOBS=off', () => {
  let database: TestDatabase;
  let api: TestServer;
  let worker: ChildProcess;
  let workerOutput = '';

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startTestServer({ database, env: { JOBS: 'off' } });
    worker = spawn(process.execPath, ['-r', '@swc-node/register', 'src/worker.ts'], {
      cwd: path.join(ROOT, 'apps/api'),
      env: { ...process.env, DATABASE_URL: database.url, DATA_DIR: database.dataDir, DEMO_DATA: 'off', LOG_LEVEL: 'info' },
    });
    worker.stdout!.on('data', (chunk) => (workerOutput += chunk));
    worker.stderr!.on('data', (chunk) => (workerOutput += chunk));
    await waitFor('the worker to start', async () => workerOutput.includes('is running jobs'), 30_000);
  });

  afterAll(async () => {
    if (worker.exitCode === null) worker.kill('SIGKILL');
    await api.close();
    await database.drop();
  });

  it('runs the jobs the API process queues, then stops gracefully on SIGTERM', async () => {
    expect(workerOutput).toContain('queue in the SQL database');
    const mailId = await api.warden.services.mail.queue(api.fixtures.company.id, {
      to: ['admin@example.test'],
      subject: 'Queued by the API, sent by the worker',
      text: 'x',
    });
    const repository = api.warden.dataSource.getRepository(MailMessageRecord);
    await waitFor('the worker to deliver the mail', async () => (await repository.findOneByOrFail({ id: mailId })).status === 'SENT', 20_000);
    const outbox = fs.readdirSync(path.join(database.dataDir, 'outbox'));
    expect(outbox.some((file) => file.includes(mailId))).toBe(true);

    const exited = new Promise<number | null>((resolve) => worker.on('exit', (code) => resolve(code)));
    worker.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(workerOutput).toContain('SIGTERM: finishing running jobs, then stopping');
  });
});
