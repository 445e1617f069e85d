/**
 * `pnpm bench xlsx [rows] [--second-sheet] [--throttle=MBps] [--swc]`: rows/s and peak RSS of
 * `writeXlsx` writing login-record-like rows (9 columns, a ~100-character user agent) to a file in
 * the temp dir, deleted afterwards. Defaults to 1,000,000 rows; `--second-sheet` also writes
 * 1,500,000 rows (a second sheet); `--throttle=2` drains the file at 2 MB/s, like a slow client.
 * Each run is a fresh process so its peak RSS is its own. The writer and this file are compiled with
 * swc and run by plain node, as the server runs (`node dist/main.js`): under `-r @swc-node/register`
 * the compiler alone adds ~80 MB of RSS. `--swc` measures that way anyway.
 * Goals: ≥ 40,000 rows/s, ≤ 200 MB peak RSS at 1,000,000 rows.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { writeXlsx, type XlsxCellValue, type XlsxSheetSpec } from '@warden/api/src/core/files/xlsx/xlsx-writer';

const SHEET: XlsxSheetSpec = {
  name: '로그인 기록',
  columns: [
    { header: '시간', kind: 'date-text' },
    { header: '이름', width: 14 },
    { header: '아이디', width: 16 },
    { header: '결과', width: 10 },
    { header: '사유', width: 20 },
    { header: '접속 환경', width: 12 },
    { header: 'IP', width: 16 },
    { header: '국가', width: 8 },
    { header: 'User agent', width: 60 },
  ],
};

const NAMES = ['홍길동', '김민준', '이서연', '山田太郎', '佐藤花子', 'Jane Doe', 'John Smith', '박지훈'];
const REASONS = ['', '', '', '', 'WRONG_PASSWORD', 'ACCOUNT_LOCKED', 'IP_BLOCKED'];
const ENVIRONMENTS = ['PC_WEB', 'MOBILE_WEB', 'ANDROID', 'IOS', 'PC_MESSENGER'];
const COUNTRIES = ['KR', 'JP', 'US', 'VN'];
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
];

async function* loginRecords(count: number): AsyncGenerator<XlsxCellValue[]> {
  const start = Date.UTC(2026, 10, 25, 1, 0, 0);
  for (let i = 0; i < count; i += 1) {
    const at = new Date(start - i * 1_000 + 9 * 3_600_000).toISOString(); // shown in +09:00
    const reason = REASONS[i % REASONS.length];
    yield [
      `${at.slice(0, 10)} ${at.slice(11, 19)} +09:00`,
      NAMES[i % NAMES.length],
      `user${i % 5_000}`,
      reason ? 'FAILURE' : 'SUCCESS',
      reason,
      ENVIRONMENTS[i % ENVIRONMENTS.length],
      `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      COUNTRIES[i % COUNTRIES.length],
      `${AGENTS[i % AGENTS.length]} ${i}`,
    ];
  }
}

/** A file writer that accepts at most `bytesPerSecond`, like a client on a slow line. */
function throttled(file: string, bytesPerSecond: number): Writable {
  const fd = fs.openSync(file, 'w');
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      fs.write(fd, chunk, (error) => (error ? callback(error) : setTimeout(callback, (chunk.length / bytesPerSecond) * 1_000)));
    },
    final(callback) {
      fs.close(fd, (error) => callback(error));
    },
  });
}

async function child(rows: number, throttleMBps: number): Promise<void> {
  const file = path.join(os.tmpdir(), `warden-xlsx-bench-${process.pid}.xlsx`);
  const before = process.memoryUsage().rss; // node and exceljs (and swc-node's compiler with --swc)
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    const output = throttleMBps > 0 ? throttled(file, throttleMBps * 1e6) : fs.createWriteStream(file);
    const started = performance.now();
    const result = await writeXlsx(output, SHEET, loginRecords(rows));
    const seconds = (performance.now() - started) / 1_000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const size = fs.statSync(file).size;
    console.log(
      `${rows.toLocaleString('en-US').padStart(9)} rows${throttleMBps ? ` (output throttled to ${throttleMBps} MB/s)` : ''}: ` +
        `${Math.round(result.rows / seconds).toLocaleString('en-US')} rows/s · ${seconds.toFixed(1)} s · ` +
        `peak RSS ${Math.round(peak / 1e6)} MB (${Math.round(before / 1e6)} MB before writing) · file ${(size / 1e6).toFixed(1)} MB · ` +
        `${result.sheets} sheet(s): ${result.sheetNames.join(', ')}`,
    );
  } finally {
    clearInterval(sampler);
    fs.rmSync(file, { force: true });
  }
}

/**
 * Compiles the writer and this file to CommonJS under apps/api/node_modules/.cache (where `exceljs`
 * resolves) with the @swc/core that @warden/api already depends on; returns this file's output.
 */
function compileForPlainNode(): string {
  const apiDir = path.dirname(require.resolve('@warden/api/package.json'));
  const swc = createRequire(path.join(apiDir, 'package.json'))('@swc/core') as {
    transformFileSync(file: string, options: object): { code: string };
  };
  const outDir = path.join(apiDir, 'node_modules/.cache/xlsx-bench');
  fs.mkdirSync(outDir, { recursive: true });
  const options = { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' }, sourceMaps: false };
  const sources = ['cell-text', 'sheet-names', 'xlsx-writer'].map((name) => path.join(apiDir, 'src/core/files/xlsx', `${name}.ts`));
  for (const file of [...sources, __filename]) {
    const { code } = swc.transformFileSync(file, { ...options, filename: file });
    const js = code.replace(/require\("@warden\/api\/src\/core\/files\/xlsx\/xlsx-writer"\)/, 'require("./xlsx-writer")');
    fs.writeFileSync(path.join(outDir, `${path.basename(file, '.ts')}.js`), js);
  }
  return path.join(outDir, `${path.basename(__filename, '.ts')}.js`);
}

function main(): void {
  const args = process.argv.slice(2);
  const throttle = Number(args.find((a) => a.startsWith('--throttle='))?.split('=')[1] ?? 0);
  if (args[0] === '--child') {
    child(Number(args[1]), throttle).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
    return;
  }
  const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  const runs = args.includes('--second-sheet') ? [rows, 1_500_000] : [rows];
  const underSwc = args.includes('--swc');
  const entry = underSwc ? [...process.execArgv, __filename] : [compileForPlainNode()];
  console.log(
    `writeXlsx → file in ${os.tmpdir()} (Node ${process.version}, ${os.cpus().length} CPUs, ` +
      `${underSwc ? 'TypeScript under @swc-node/register' : 'compiled, plain node'})`,
  );
  for (const count of runs) {
    const result = spawnSync(process.execPath, [...entry, '--child', String(count), `--throttle=${throttle}`], { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

main();
