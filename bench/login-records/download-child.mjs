// One login-records download in a process of its own, run from the compiled API (apps/api/dist) as
// production runs it: no TypeScript loader in the process, so its peak RSS is the download's and a
// server's, not a transpiler's (@swc-node/register alone holds ~130 MB).
// Input: one JSON argument {database, company, now, rows, file, maxRowsPerSheet}. Output: a RESULT line.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

// The compiled API is CommonJS.
const load = createRequire(import.meta.url);
load('reflect-metadata');
const dist = (file) => load(`../../apps/api/dist/${file}`);
const { createDataSource } = dist('core/database/data-source');
const { ManualClock } = dist('core/clock/clock');
const { CompaniesService } = dist('features/companies/companies.service');
const { LoginRecordsService } = dist('features/login-records/login-records.service');
const { filterToParams, loginRecordsDownload } = dist('features/login-records/login-records-download');

function highWaterMark() {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function main() {
  const input = JSON.parse(process.argv[2]);
  const dataSource = createDataSource(input.database);
  await dataSource.initialize();
  const clock = new ManualClock(new Date(input.now));
  // The newest `rows` records of the company: the period starts at the oldest of them.
  const [row] = await dataSource.query(
    'SELECT occurred_at AS at FROM login_records WHERE company_id = ? ORDER BY occurred_at DESC, id DESC LIMIT 1 OFFSET ?',
    [input.company, input.rows - 1],
  );
  const from = row ? (row.at instanceof Date ? row.at : new Date(`${String(row.at).replace(' ', 'T')}Z`)) : null;
  let written = 0;
  const services = {
    clock,
    companies: new CompaniesService(dataSource),
    loginRecords: new LoginRecordsService(dataSource, clock),
    // The audit entry is where the handler reports the row count.
    auditLog: { record: async (_company, _actor, entry) => void (written = entry.details.rows) },
  };
  const handler = loginRecordsDownload(services, { xlsxMaxRowsPerSheet: input.maxRowsPerSheet });
  // What the download route hands the handler; the response is a file here.
  const res = Object.assign(fs.createWriteStream(input.file), { setHeader: () => undefined });
  const context = {
    res,
    req: { ip: '127.0.0.1', get: () => 'bench' },
    client: { ip: '127.0.0.1', userAgent: 'bench' },
    signal: new globalThis.AbortController().signal,
    link: { id: 'bench', companyId: input.company, kind: 'login-records.xlsx', params: filterToParams(from ? { from } : {}) },
    principal: { kind: 'ADMIN', employeeId: null, apiTokenId: null, supportAccountId: null, displayName: 'Bench' },
  };
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    await handler(context);
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const fileMb = fs.statSync(input.file).size / 1048576;
  fs.rmSync(input.file, { force: true });
  await dataSource.destroy();
  const result = {
    rows: written,
    seconds,
    rowsPerSecond: written / seconds,
    baselineRssMb: baseline / 1048576,
    peakRssMb: Math.max(peak, highWaterMark()) / 1048576,
    fileMb,
    from: from ? from.toISOString() : null,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

await main().catch((error) => {
  console.error(error);
  process.exit(1);
});
