// One login-records download inside a running Warden API server, started from the compiled API
// (apps/api/dist) as production runs it: GraphQL schema built, HTTP listening, every service up, and
// no TypeScript loader in the process (@swc-node/register alone holds ~130 MB). Its peak RSS is what
// a production API process reaches while serving the download.
// Input: one JSON argument {database, company, now, rows, file, maxRowsPerSheet}. Output: a RESULT line.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

// The compiled API is CommonJS.
const load = createRequire(import.meta.url);
load('reflect-metadata');
const dist = (file) => load(`../../apps/api/dist/${file}`);
const { loadConfig } = dist('config/app-config');
const { startWarden } = dist('server');
const { ManualClock } = dist('core/clock/clock');
const { fromSqlTime } = dist('core/database/sql-dialect');
const { filterToParams, loginRecordsDownload } = dist('features/login-records/login-records-download');

function highWaterMark() {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Linux: writing 5 to clear_refs resets VmHWM to the current RSS. */
function resetHighWaterMark() {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // not Linux: the sampler alone measures the peak
  }
}

async function main() {
  const input = JSON.parse(process.argv[2]);
  const database = input.database.kind === 'sqlite' ? `sqlite:${input.database.file}` : input.database.url;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: database,
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_DATA: 'off',
    JOBS: 'off',
    LOG_LEVEL: 'warn',
    DATA_DIR: path.dirname(input.file),
  });
  const clock = new ManualClock(new Date(input.now));
  const warden = await startWarden(config, { clock });
  const dataSource = warden.dataSource;
  // The newest `rows` records of the company: the period starts at the oldest of them.
  const [row] = await dataSource.query(
    'SELECT occurred_at AS at FROM login_records WHERE company_id = ? ORDER BY occurred_at DESC, id DESC LIMIT 1 OFFSET ?',
    [input.company, input.rows - 1],
  );
  const from = row ? fromSqlTime(row.at) : null;
  let written = 0;
  // The audit entry is where the handler reports the row count (and the bench data set stays as it is).
  const services = { ...warden.services, auditLog: { record: async (_company, _actor, entry) => void (written = entry.details.rows) } };
  const handler = loginRecordsDownload(services, { ...config, xlsxMaxRowsPerSheet: input.maxRowsPerSheet });
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
  // Start-up has its own peak (schema build, migrations check); the download's is measured from here.
  const startupPeak = highWaterMark();
  resetHighWaterMark();
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
  await warden.close();
  const result = {
    rows: written,
    seconds,
    rowsPerSecond: written / seconds,
    baselineRssMb: baseline / 1048576,
    startupPeakRssMb: startupPeak / 1048576,
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
