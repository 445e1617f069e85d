/**
 * `pnpm bench login-records [--scale 0.1] [--engine sqlite|mariadb|both] [--regenerate] [--runs 20]
 *  [--parts search,ingest,download] [--server mysql://root@127.0.0.1:3306]`
 *
 * Login records at scale: 10M records for one company of 10,000 employees plus 2M for 200 small
 * companies over three months (see login-records/data.ts), on SQLite and on MariaDB, through the
 * product's own `LoginRecordsService` (search, count, ingest, iterate) and download handler.
 *
 * - Search: p50/p95 over `--runs` (after 2 warm-up calls) of the first page (`first: 50`) and of
 *   the capped count for each case in login-records/cases.ts; "1st" is the first call in the process.
 * - Ingest: `ingest()` with batches of 1,000 events (rules included) into the big company, measured
 *   sustained: 20 batches after 20 warm-up batches (the first 10 are reported apart, see
 *   INGEST_WARMUP_BATCHES); the events are deleted afterwards so the data set stays the same.
 * - Download: the real `login-records.xlsx` download handler (iterate + rows + writeXlsx) writing
 *   1,000,000 rows (or all the big company has, below scale 1) to a file, inside a started API server
 *   (compiled, with the node flags of `pnpm start`; login-records/download-child.mjs), whose peak RSS
 *   is sampled from the moment the download starts.
 *
 * The data set is generated once with plain multi-row INSERTs (not the ingest path; its rate is not
 * the ingest figure) and kept: /tmp/warden-bench/login-records*.sqlite and MariaDB `warden_bench*`.
 * Goals (MariaDB): first page p95 ≤ 50 ms, capped count p95 ≤ 100 ms for every case; ingest ≥ 5,000
 * events/s; download ≥ 40,000 rows/s with peak RSS ≤ 200 MB.
 */
import 'reflect-metadata';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { ManualClock } from '@warden/api/src/core/clock/clock';
import { EXCEL_MAX_DATA_ROWS_PER_SHEET } from '@warden/api/src/core/files/xlsx/xlsx-writer';
import type { LoginEventInput } from '@warden/api/src/features/login-records/login-event.input';
import { LoginRecordsService, COUNT_CAP } from '@warden/api/src/features/login-records/login-records.service';
import { type SearchCase, searchCases } from './login-records/cases';
import { BIG_COMPANY, BIG_ROWS, NOW, SMALL_ROWS, TIME_ZONE, type BenchCompany, buildCompanies, random } from './login-records/data';
import { BENCH_DIR, type Engine, databaseConfig, prepareDatabase } from './login-records/database';

const GOALS = { pageP95: 50, countP95: 100, ingestPerSecond: 5_000, downloadPerSecond: 40_000, downloadRssMb: 200 };
const DOWNLOAD_ROWS = 1_000_000;
const API_DIR = path.join(__dirname, '..', 'apps', 'api');
/**
 * The V8 flags the API runs with (`pnpm start`, see the root package.json): the download child runs
 * with the same, and the bench refuses to run if the start script no longer has them.
 */
const API_NODE_FLAGS = ['--no-allocation-site-pretenuring'];
const INGEST_BATCH = 1_000;
/**
 * Ingest is measured sustained, as an identity system feeds it: the first batches load the index
 * pages where new entries land (about one leaf per employee in each employee index) into the
 * buffer pool, which a running ingest keeps there. Those first batches are reported on their own.
 */
const INGEST_WARMUP_BATCHES = 20;
const INGEST_BATCHES = 20;
const INGEST_COLD_BATCHES = 10;
/** A case whose first call takes longer than this is measured with a few runs only (bounded run time). */
const SLOW_CALL_MS = 3_000;
const SLOW_RUNS = 3;

interface Options {
  scale: number;
  engines: Engine[];
  regenerate: boolean;
  runs: number;
  parts: Set<string>;
  server: string;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const scale = Number(value('--scale') ?? 1);
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale must be in (0, 1]');
  const engine = value('--engine') ?? 'both';
  if (!['sqlite', 'mariadb', 'both'].includes(engine)) throw new Error('--engine must be sqlite, mariadb or both');
  const runs = Number(value('--runs') ?? 20);
  if (!Number.isInteger(runs) || runs < 1 || runs > 1000) throw new Error('--runs must be 1 to 1000');
  return {
    scale,
    engines: engine === 'both' ? ['sqlite', 'mariadb'] : [engine as Engine],
    regenerate: argv.includes('--regenerate'),
    runs,
    parts: new Set((value('--parts') ?? 'search,ingest,download').split(',')),
    server: value('--server') ?? process.env.BENCH_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306',
  };
}

const log = (engine: string) => (message: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${engine}: ${message}`);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

// ── search ───────────────────────────────────────────────────────────────────────────────────────

interface Timing {
  first: number;
  p50: number;
  p95: number;
  runs: number;
}

interface CaseResult {
  name: string;
  employees: number | null;
  pageRows: number;
  count: string;
  page: Timing;
  countTiming: Timing | null;
}

async function measure<T>(runs: number, fn: () => Promise<T>): Promise<[Timing, T]> {
  const [first, result] = await timed(fn);
  const n = first > SLOW_CALL_MS ? SLOW_RUNS : runs;
  if (first <= SLOW_CALL_MS) for (let i = 0; i < 2; i += 1) await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) times.push((await timed(fn))[0]);
  return [{ first, p50: percentile(times, 50), p95: percentile(times, 95), runs: n }, result];
}

async function runSearch(service: LoginRecordsService, cases: SearchCase[], runs: number, say: (m: string) => void): Promise<CaseResult[]> {
  const company = { id: BIG_COMPANY, timeZone: TIME_ZONE };
  const results: CaseResult[] = [];
  for (const item of cases) {
    let after: string | null = null;
    if (item.page200) {
      const [walk] = await timed(async () => {
        for (let page = 1; page < 200; page += 1) {
          const result = await service.search(company, item.filter, { first: 50, after });
          after = result.endCursor;
          if (!result.hasNextPage) throw new Error(`only ${page} pages`);
        }
      });
      say(`walked 199 pages in ${walk.toFixed(0)} ms (${(walk / 199).toFixed(1)} ms/page)`);
    }
    const resolved = await service.resolveFilter(company, item.filter);
    const [page, found] = await measure(runs, () => service.search(company, item.filter, { first: 50, after }));
    let countTiming: Timing | null = null;
    let count = '';
    if (!item.page200) {
      const [timing, counted] = await measure(runs, () => service.count(company, item.filter));
      countTiming = timing;
      count = counted.capped ? `${COUNT_CAP.toLocaleString('en-US')}+` : counted.count.toLocaleString('en-US');
    }
    results.push({ name: item.name, employees: resolved.employeeIds?.length ?? null, pageRows: found.records.length, count, page, countTiming });
    say(`${item.name}: page p95 ${page.p95.toFixed(1)} ms, count p95 ${countTiming ? countTiming.p95.toFixed(1) : '-'} ms`);
  }
  return results;
}

// ── ingest ───────────────────────────────────────────────────────────────────────────────────────

interface IngestResult {
  eventsPerSecond: number;
  /** The first INGEST_COLD_BATCHES batches, before the warm-up brought the pages in. */
  coldEventsPerSecond: number;
  batchP50: number;
  batchP95: number;
  flagged: number;
  batches: number;
}

async function runIngest(dataSource: DataSource, service: LoginRecordsService, big: BenchCompany): Promise<IngestResult> {
  const rand = random(Date.now() & 0xffffffff);
  const tag = `ingest-${Date.now().toString(36)}`;
  const [{ maxId }] = await dataSource.query('SELECT MAX(id) AS maxId FROM login_records');
  const environments = ['PC_WEB', 'PC_APP', 'IOS_APP', 'ANDROID_APP', 'MOBILE_WEB'] as const;
  const total = INGEST_WARMUP_BATCHES + INGEST_BATCHES;
  const times: number[] = [];
  const coldTimes: number[] = [];
  let flagged = 0;
  try {
    for (let batch = 0; batch < total; batch += 1) {
      // Each batch is one minute of events, the last one ending at NOW.
      const minuteStart = NOW.getTime() - (total - batch) * 60_000;
      const events: LoginEventInput[] = Array.from({ length: INGEST_BATCH }, (_, i) => {
        const employee = big.pickEmployee(rand);
        const failed = rand() < 0.05;
        const environment = environments[Math.floor(rand() * environments.length)];
        const pc = environment === 'PC_WEB' || environment === 'PC_APP';
        return {
          sourceEventId: `${tag}-${batch}-${i}`,
          occurredAt: new Date(minuteStart + Math.floor((i * 60_000) / INGEST_BATCH)),
          ...(rand() < 0.5 ? { employeeId: employee.id } : { loginId: employee.loginId }),
          result: failed ? 'FAILURE' : 'SUCCESS',
          failureReason: failed ? 'WRONG_PASSWORD' : null,
          environment,
          ip: pc ? employee.deskIp : `223.38.${Math.floor(rand() * 256)}.${1 + Math.floor(rand() * 254)}`,
          country: pc ? null : 'KR',
          userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
        } as LoginEventInput;
      });
      const [ms, result] = await timed(() => service.ingest(BIG_COMPANY, events));
      if (result.stored !== INGEST_BATCH) throw new Error(`stored ${result.stored} of ${INGEST_BATCH}`);
      if (batch < INGEST_COLD_BATCHES) coldTimes.push(ms);
      if (batch >= INGEST_WARMUP_BATCHES) {
        times.push(ms);
        flagged += result.flagged;
      }
    }
  } finally {
    await dataSource.query('DELETE FROM login_records WHERE id > ?', [maxId]);
  }
  const rate = (batchTimes: number[]) => (batchTimes.length * INGEST_BATCH * 1000) / batchTimes.reduce((sum, t) => sum + t, 0);
  return {
    eventsPerSecond: rate(times),
    coldEventsPerSecond: rate(coldTimes),
    batchP50: percentile(times, 50),
    batchP95: percentile(times, 95),
    flagged,
    batches: INGEST_BATCHES,
  };
}

// ── download (in a child process, so its peak RSS is its own) ────────────────────────────────────

interface DownloadResult {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  baselineRssMb: number;
  /** The server's own start-up peak, before the download (not part of the download's figure). */
  startupPeakRssMb: number;
  peakRssMb: number;
  fileMb: number;
  from: string | null;
}

function runDownload(engine: Engine, options: Options): Promise<DownloadResult> {
  return new Promise((resolve, reject) => {
    // The child runs the compiled API (see download-child.mjs): bring apps/api/dist up to date first.
    const build = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', path.join(API_DIR, 'tsconfig.json')], { stdio: 'inherit' });
    if (build.status !== 0) {
      reject(new Error('building apps/api for the download child failed'));
      return;
    }
    const input = {
      database: databaseConfig(engine, options.scale, options.server),
      company: BIG_COMPANY,
      now: NOW.toISOString(),
      rows: DOWNLOAD_ROWS,
      file: path.join(BENCH_DIR, `download-${engine}-${process.pid}.xlsx`),
      maxRowsPerSheet: EXCEL_MAX_DATA_ROWS_PER_SHEET,
    };
    const startScript: string = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).scripts.start;
    const missing = API_NODE_FLAGS.filter((flag) => !startScript.includes(flag));
    if (missing.length > 0) {
      reject(new Error(`package.json "start" no longer runs node with ${missing.join(' ')}: update API_NODE_FLAGS`));
      return;
    }
    const child = spawn(process.execPath, [...API_NODE_FLAGS, path.join(__dirname, 'login-records', 'download-child.mjs'), JSON.stringify(input)], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('RESULT '.length)) as DownloadResult);
      else reject(new Error(`download child exited with ${code}: ${output.slice(-2000)}`));
    });
  });
}

// ── report ───────────────────────────────────────────────────────────────────────────────────────

interface EngineReport {
  engine: Engine;
  rows: number;
  storage: string;
  generated: boolean;
  generation: Record<string, number>;
  search: CaseResult[] | null;
  ingest: IngestResult | null;
  download: DownloadResult | null;
}

function printReport(options: Options, reports: EngineReport[]) {
  const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
  const mark = (engine: Engine, ms: number, goal: number) => (engine === 'mariadb' && ms > goal ? '!' : ' ');
  const out: string[] = [];
  out.push('');
  out.push(
    `login-records bench · scale ${options.scale}: ${Math.round((BIG_ROWS + SMALL_ROWS) * options.scale).toLocaleString('en-US')} records ` +
      `(${Math.round(BIG_ROWS * options.scale).toLocaleString('en-US')} in the 10,000-employee company searched, ` +
      `${Math.round(SMALL_ROWS * options.scale).toLocaleString('en-US')} in 200 small ones) · ${options.runs} runs after 2 warm-ups · first: 50 · ms`,
  );
  out.push(`goals on MariaDB ("!" = missed): page p95 ≤ ${GOALS.pageP95} ms, capped count p95 ≤ ${GOALS.countP95} ms`);
  for (const report of reports) {
    out.push('');
    const g = report.generation;
    out.push(
      `${report.engine} — ${report.rows.toLocaleString('en-US')} rows` +
        (g.insertSeconds ? ` (generated${report.generated ? ' this run' : ' earlier'}: insert ${g.insertSeconds.toFixed(0)} s, indexes ${g.indexSeconds.toFixed(0)} s, ANALYZE ${g.analyzeSeconds.toFixed(0)} s)` : '') +
        ` · ${report.storage}`,
    );
    if (report.search) {
      const nameWidth = Math.max(...report.search.map((r) => r.name.length), 4);
      out.push(
        `  ${'case'.padEnd(nameWidth)}  ${'empl.'.padStart(5)} ${'count'.padStart(7)} ${'rows'.padStart(4)} │ ${'page p50'.padStart(8)} ${'p95'.padStart(7)} ${'1st'.padStart(7)} │ ${'count p50'.padStart(9)} ${'p95'.padStart(7)} ${'1st'.padStart(7)}`,
      );
      for (const r of report.search) {
        const c = r.countTiming;
        out.push(
          `  ${r.name.padEnd(nameWidth)}  ${(r.employees === null ? '' : String(r.employees)).padStart(5)} ${(r.count || 'same').padStart(7)} ${String(r.pageRows).padStart(4)} │ ` +
            `${fmt(r.page.p50).padStart(8)} ${fmt(r.page.p95).padStart(6)}${mark(report.engine, r.page.p95, GOALS.pageP95)} ${fmt(r.page.first).padStart(7)} │ ` +
            (c ? `${fmt(c.p50).padStart(9)} ${fmt(c.p95).padStart(6)}${mark(report.engine, c.p95, GOALS.countP95)} ${fmt(c.first).padStart(7)}` : `${'—'.padStart(9)}`) +
            (r.page.runs !== options.runs ? `  (${r.page.runs} runs: slow)` : ''),
        );
      }
    }
    if (report.ingest) {
      const i = report.ingest;
      out.push(
        `  ingest: ${Math.round(i.eventsPerSecond).toLocaleString('en-US')} events/s (${i.batches} batches of ${INGEST_BATCH}, rules included; ` +
          `batch p50 ${fmt(i.batchP50)} ms, p95 ${fmt(i.batchP95)} ms; ${i.flagged} flagged; after ${INGEST_WARMUP_BATCHES} warm-up batches) — ` +
          `goal ≥ ${GOALS.ingestPerSecond.toLocaleString('en-US')}` +
          (i.eventsPerSecond < GOALS.ingestPerSecond ? '  MISSED' : ''),
      );
      out.push(`  ingest, first ${INGEST_COLD_BATCHES} batches of the run (index pages not yet in memory): ${Math.round(i.coldEventsPerSecond).toLocaleString('en-US')} events/s`);
    }
    if (report.download) {
      const d = report.download;
      out.push(
        `  download: ${d.rows.toLocaleString('en-US')} rows in ${d.seconds.toFixed(1)} s = ${Math.round(d.rowsPerSecond).toLocaleString('en-US')} rows/s, ` +
          `peak RSS ${d.peakRssMb.toFixed(0)} MB (the API server was at ${d.baselineRssMb.toFixed(0)} MB when it started; its start-up peak ${d.startupPeakRssMb.toFixed(0)} MB), ${d.fileMb.toFixed(0)} MB xlsx — ` +
          `goal ≥ ${GOALS.downloadPerSecond.toLocaleString('en-US')} rows/s, ≤ ${GOALS.downloadRssMb} MB` +
          (d.rowsPerSecond < GOALS.downloadPerSecond || d.peakRssMb > GOALS.downloadRssMb ? '  MISSED' : ''),
      );
    }
  }
  console.log(out.join('\n'));
}

/** The size of login_records on disk. */
async function storage(dataSource: DataSource, config: ReturnType<typeof databaseConfig>): Promise<string> {
  const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (config.kind === 'sqlite') return `database file ${gb(fs.statSync(config.file).size)}`;
  const [row] = await dataSource.query(
    "SELECT data_length AS data, index_length AS idx FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'login_records'",
  );
  // InnoDB's buffer pool decides whether the rules' history reads hit memory (128 MB, the package
  // default, made ingest 3× slower than a pool that holds the indexes).
  // The redo log bounds how much can be written before dirty pages must be flushed: the package's
  // 96 MB default holds ~25 s of ingest at 1,000 events/s, so pages were flushed as fast as written.
  const [server] = await dataSource.query('SELECT @@innodb_buffer_pool_size AS pool, @@innodb_log_file_size AS redo');
  return (
    `login_records ${gb(Number(row.data))} + indexes ${gb(Number(row.idx))}, ` +
    `InnoDB buffer pool ${gb(Number(server.pool))}, redo log ${gb(Number(server.redo))}`
  );
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const companies = buildCompanies();
  const big = companies[0];
  const reports: EngineReport[] = [];
  for (const engine of options.engines) {
    const say = log(engine);
    const config = databaseConfig(engine, options.scale, options.server);
    const { dataSource, meta, generated } = await prepareDatabase(config, companies, {
      scale: options.scale,
      regenerate: options.regenerate,
      serverUrl: options.server,
      log: say,
    });
    const report: EngineReport = {
      engine,
      rows: meta.rows,
      storage: await storage(dataSource, config),
      generated,
      generation: meta.timings,
      search: null,
      ingest: null,
      download: null,
    };
    reports.push(report);
    try {
      const service = new LoginRecordsService(dataSource, new ManualClock(NOW));
      if (options.parts.has('search')) report.search = await runSearch(service, searchCases(big), options.runs, say);
      if (options.parts.has('ingest')) {
        report.ingest = await runIngest(dataSource, service, big);
        say(`ingest ${Math.round(report.ingest.eventsPerSecond)} events/s`);
      }
    } finally {
      await dataSource.destroy();
    }
    if (options.parts.has('download')) {
      report.download = await runDownload(engine, options);
      say(`download ${Math.round(report.download.rowsPerSecond)} rows/s, peak ${report.download.peakRssMb.toFixed(0)} MB`);
    }
  }
  printReport(options, reports);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
