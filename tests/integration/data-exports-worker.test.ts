import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Repository } from 'typeorm';
import { Permission } from '@warden/shared';
import { DataExport } from '@warden/api/src/features/data-exports/data-export.entity';
import { StoredFile } from '@warden/api/src/features/stored-files/stored-file.entity';
import { StoredFilesService } from '@warden/api/src/features/stored-files/stored-files.service';
import { buildApiToken, buildEmployee } from '../support/factories';
import { graphql, signIn } from '../support/graphql-client';
import { type TestDatabase, createTestDatabase } from '../support/test-database';
import { type TestServer, startTestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';

const ROOT = path.resolve(__dirname, '../..');
/** Sparse on disk and deflated to almost nothing, but long enough to build that the worker dies mid-way. */
const BIG = 2_500_000_000;

/** Starts `pnpm worker` (src/worker.ts) on the test database; resolves once it runs jobs. */
async function startWorker(database: TestDatabase): Promise<{ process: ChildProcess; output: () => string }> {
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/worker.ts'], {
    cwd: path.join(ROOT, 'apps/api'),
    env: { ...process.env, DATABASE_URL: database.url, DATA_DIR: database.dataDir, DEMO_DATA: 'off', LOG_LEVEL: 'info' },
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await waitFor('the worker to start', async () => output.includes('is running jobs'), 30_000);
  return { process: child, output: () => output };
}

/** A closed slip with one sparse attachment of `BIG` bytes, and an export of it requested by the admin. */
async function requestBigExport(api: TestServer): Promise<string> {
  const { company, admin } = api.fixtures;
  const { services, dataSource, config } = api.warden;
  const token = await buildApiToken(services, company.id, [Permission.SERVICE_DATA_WRITE]);
  const drafter = await buildEmployee(dataSource, company.id, { name: 'Dana Drafter' });
  const uploaded = await fetch(`${api.url}/integration/files?name=big.bin`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: Buffer.from('x') });
  const { fileId } = (await uploaded.json()) as { fileId: string };
  fs.truncateSync(path.join(config.filesDir, StoredFilesService.keyOf(company.id, fileId)), BIG);
  await dataSource.getRepository(StoredFile).update({ id: fileId }, { size: BIG });
  const slip = await graphql(
    api.url,
    'mutation ($input: RegisterAccountingSlipInput!) { registerAccountingSlip(input: $input) { id } }',
    {
      input: {
        slipNumber: 'BIG-1',
        slipDate: '2026-01-02',
        title: 'Big',
        amount: '1',
        currency: 'KRW',
        drafterEmployeeId: drafter.id,
        status: 'CLOSED',
        createdAt: new Date(Date.now() - 86_400_000).toISOString(),
        attachmentFileIds: [fileId],
      },
    },
    { token },
  );
  expect(slip.errors).toBeUndefined();
  const cookie = await signIn(api.url, admin.loginId, admin.password);
  const requested = await graphql<{ requestDataExport: { id: string } }>(
    api.url,
    'mutation ($input: RequestDataExportInput!) { requestDataExport(input: $input) { id } }',
    { input: { taskName: 'Crash', items: [{ item: 'ACCOUNTING_SLIPS', includeAttachments: true }], splitSize: 'GB_4' } },
    { cookie },
  );
  expect(requested.errors).toBeUndefined();
  return requested.data!.requestDataExport.id;
}

/** Until the first run has written part of the archive (attempt 1, bytes done). */
async function waitForMidBuild(rows: Repository<DataExport>, exportId: string): Promise<void> {
  await waitFor('the worker to be mid-build', async () => {
    const row = await rows.findOneByOrFail({ id: exportId });
    return row.status === 'PENDING' && row.buildAttempt === 1 && row.bytesDone > 0;
  }, 30_000);
}

/** Until another run took the build over and ended it: the export's row then. */
function waitForTakeover(rows: Repository<DataExport>, exportId: string): Promise<DataExport> {
  return waitFor(
    'the build to be taken over and completed',
    async () => {
      const row = await rows.findOneByOrFail({ id: exportId });
      return row.status !== 'PENDING' ? row : null;
    },
    120_000,
  );
}

describe('a data export build whose worker is killed (SIGKILL) mid-build', () => {
  let database: TestDatabase;
  let api: TestServer;
  let worker: ChildProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The API only queues; the worker process builds.
    api = await startTestServer({ database, env: { JOBS: 'off' } });
    const started = await startWorker(database);
    worker = started.process;
  });

  afterAll(async () => {
    if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await api.close();
    await database.drop();
  });

  it('is taken over after the lock expires and completes once, with one archive', async () => {
    const { company } = api.fixtures;
    const { services, dataSource } = api.warden;
    const exportId = await requestBigExport(api);
    const rows = dataSource.getRepository(DataExport);

    await waitForMidBuild(rows, exportId);
    worker.kill('SIGKILL');
    await waitFor('the worker to die', async () => worker.signalCode === 'SIGKILL');
    const exportDir = services.dataExports.exportDir(company.id, exportId);
    // The dead run left its staging folder behind; nothing is published.
    expect(fs.readdirSync(exportDir).some((name) => name.startsWith('.tmp-'))).toBe(true);
    expect(fs.existsSync(path.join(exportDir, 'files'))).toBe(false);
    expect((await rows.findOneByOrFail({ id: exportId })).status).toBe('PENDING');

    // Another process runs jobs: once the dead worker's lock expires it takes the build over.
    await services.jobs.start(services);
    const done = await waitForTakeover(rows, exportId);
    expect(done.failure).toBeNull();
    expect(done.status).toBe('REQUEST_COMPLETED');
    expect(done.buildAttempt).toBe(2);
    // One archive: the published folder and nothing else (no staging or work folders of either run).
    expect(fs.readdirSync(exportDir)).toEqual(['files']);
    const published = fs.readdirSync(path.join(exportDir, 'files')).filter((name) => name.endsWith('.zip'));
    expect(published).toHaveLength(1);
    const parts = await services.dataExports.details(company.id, exportId);
    expect(parts!.parts.map((part) => part.fileName)).toEqual(published);
    const unzip = spawnSync('unzip', ['-l', path.join(exportDir, 'files', published[0])], { encoding: 'utf8' });
    expect(unzip.status).toBe(0);
    expect(unzip.stdout).toContain('Accounting/Accounting slips/2026/01/02/BIG-1_attachments/big.bin');
    expect(unzip.stdout).toContain(String(BIG));
  }, 240_000);
});

describe('a stale data export worker that wakes up after another took its build over', () => {
  let database: TestDatabase;
  let api: TestServer;
  let worker: { process: ChildProcess; output: () => string };

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startTestServer({ database, env: { JOBS: 'off' } });
    worker = await startWorker(database);
  });

  afterAll(async () => {
    if (worker.process.exitCode === null && worker.process.signalCode === null) {
      worker.process.kill('SIGCONT');
      worker.process.kill('SIGKILL');
    }
    await api.close();
    await database.drop();
  });

  it('can neither publish nor overwrite: it stops at its next progress write', async () => {
    const { company } = api.fixtures;
    const { services, dataSource } = api.warden;
    const exportId = await requestBigExport(api);
    const rows = dataSource.getRepository(DataExport);
    await waitForMidBuild(rows, exportId);
    // Frozen, not dead: its lock expires like a dead worker's, but it will wake up.
    worker.process.kill('SIGSTOP');
    await services.jobs.start(services);
    const done = await waitForTakeover(rows, exportId);
    expect(done).toMatchObject({ status: 'REQUEST_COMPLETED', buildAttempt: 2 });
    const filesDir = path.join(services.dataExports.exportDir(company.id, exportId), 'files');
    const snapshot = () => fs.readdirSync(filesDir).map((name) => ({ name, ...pick(fs.statSync(path.join(filesDir, name))) }));
    const before = snapshot();

    worker.process.kill('SIGCONT');
    await waitFor('the stale run to notice', async () => worker.output().includes('data export build stopped'), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(snapshot()).toEqual(before);
    expect(fs.readdirSync(services.dataExports.exportDir(company.id, exportId))).toEqual(['files']);
    const after = await rows.findOneByOrFail({ id: exportId });
    expect(after).toMatchObject({ status: 'REQUEST_COMPLETED', buildAttempt: 2, completedAt: done.completedAt, bytesDone: done.bytesDone });
    expect(await services.dataExports.details(company.id, exportId)).toMatchObject({ parts: [expect.objectContaining({ partNumber: 1 })] });
  }, 240_000);
});

function pick(stat: fs.Stats) {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
}
