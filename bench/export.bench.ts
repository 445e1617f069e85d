/**
 * `pnpm bench export [scale] [--case=a|b] [--repeat=N] [--split=bytes] [--chunk=KiB] [--no-verify] [--swc]`:
 * throughput and peak RSS of the data-export zip writer (core/files/zip) on generated data, against
 * `cat` of the same files into one file on this machine.
 *   (a) attachments: 200 files of 10 MB, random (incompressible, STORE), 2 GB, split 500 MB;
 *   (b) 20,000 small items: HTML documents and text/CSV/JSON files that deflate (DEFLATE level 1),
 *       and PNG-like random files (STORE), 1–80 KB, in dated folders with Korean names; split 4 GB.
 * `scale` (default 1) shrinks both, e.g. `pnpm bench export 0.1` for a quick run. Data is generated
 * into the temp dir and deleted afterwards (also the archives and the `cat` output).
 * Each writer run is a fresh process, so its peak RSS (VmHWM) is its own. The writer and this file
 * are compiled with swc and run by plain node, as the worker runs; `--swc` uses @swc-node/register.
 * Other helpers share the 2 cores: the load average is printed before each run; repeat if it is high.
 * Goals: (a) ≥ 200 MB/s, (b) ≥ 40 MB/s of input with text deflated, peak RSS ≤ 300 MB.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ZipArchiveWriter, type ZipEntryInput } from '@warden/api/src/core/files/zip/zip-archive-writer';

type Case = 'a' | 'b';
interface Item {
  /** Path inside the archive. */
  segments: string[];
  /** Path of the source file relative to the data folder. */
  file: string;
  size: number;
  kind: 'random' | 'html' | 'text';
}

/** Deterministic per-item randomness, so the child process derives the same items without a manifest. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function counts(scale: number): Record<Case, number> {
  return { a: Math.max(1, Math.round(200 * scale)), b: Math.max(1, Math.round(20_000 * scale)) };
}

const DAY = 86_400_000;
function item(kase: Case, i: number): Item {
  const r = rng(i * 7919 + (kase === 'a' ? 1 : 2));
  const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(r() * 330) * DAY).toISOString().slice(0, 10).split('-');
  if (kase === 'a') {
    // Attachments are mostly already-compressed types (STORE); the bytes are random, i.e. incompressible.
    const ext = ['pdf', 'jpg', 'zip', 'png', 'mp4'][i % 5];
    return { segments: ['전자결재', ...day, `문서-${i}`, `첨부파일 ${i}.${ext}`], file: `a/${i}.${ext}`, size: 10_000_000, kind: 'random' };
  }
  const pick = r();
  if (pick < 0.45) {
    return { segments: ['게시판', ...day, `공지사항 ${i}.html`], file: `b/${i}.html`, size: 8_000 + Math.floor(r() * 52_000), kind: 'html' };
  }
  if (pick < 0.7) {
    const ext = ['txt', 'csv', 'json'][i % 3];
    return { segments: ['회계', ...day, `전표-${i}`, `메모 ${i}.${ext}`], file: `b/${i}.${ext}`, size: 1_000 + Math.floor(r() * 19_000), kind: 'text' };
  }
  return { segments: ['인사', '프로필 사진', `직원-${i}.png`], file: `b/${i}.png`, size: 5_000 + Math.floor(r() * 75_000), kind: 'random' };
}

const WORDS = (
  '결재 문서 승인 반려 취소 기안 부서 영업부 인사팀 회계 전표 거래처 금액 합계 공지 안내 회의 일정 ' +
  '承認 稟議 営業部 会議 予定 申請 approval document vendor invoice amount total meeting schedule the of and to in ' +
  'for with on 2026 11 25 <td> </td> <tr> </tr> <p> </p> <span class="label"> </span>'
).split(' ');

/** HTML/text that deflates like real documents (roughly 4:1 at level 1), not like a repeated line. */
function textContent(size: number, seed: number, html: boolean): Buffer {
  const r = rng(seed);
  const parts: string[] = html ? ['<!doctype html><html lang="ko"><meta charset="utf-8"><body><table>\n'] : [];
  let length = 0;
  while (length < size) {
    let line = '';
    const n = 6 + Math.floor(r() * 10);
    for (let w = 0; w < n; w++) line += `${WORDS[Math.floor(r() * WORDS.length)]}${r() < 0.2 ? Math.floor(r() * 1e6) : ''} `;
    line = html ? `<tr><td>${line}</td><td>${Math.floor(r() * 1e9)}</td></tr>\n` : `${line}\n`;
    parts.push(line);
    length += Buffer.byteLength(line);
  }
  return Buffer.from(parts.join('')).subarray(0, size);
}

function generate(dataDir: string, kase: Case, count: number): void {
  fs.mkdirSync(path.join(dataDir, kase), { recursive: true });
  for (let i = 0; i < count; i++) {
    const it = item(kase, i);
    const file = path.join(dataDir, it.file);
    if (fs.existsSync(file) && fs.statSync(file).size === it.size) continue;
    fs.writeFileSync(file, it.kind === 'random' ? randomBytes(it.size) : textContent(it.size, i, it.kind === 'html'));
  }
}

function peakRssFromProc(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

async function* entries(dataDir: string, kase: Case, count: number, chunk: number): AsyncGenerator<ZipEntryInput> {
  for (let i = 0; i < count; i++) {
    const it = item(kase, i);
    const file = path.join(dataDir, it.file);
    yield { path: it.segments, size: it.size, open: () => fs.createReadStream(file, { highWaterMark: chunk }) };
  }
}

/** One writer run (in its own process): prints a JSON line with the figures. */
async function child(dataDir: string, kase: Case, count: number, splitSize: number, chunk: number): Promise<void> {
  const outDir = path.join(dataDir, `out-${kase}-${process.pid}`);
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const writer = await ZipArchiveWriter.create({ publishDir: path.join(outDir, 'export'), baseName: 'bench_202611251300', runId: 'bench', splitSize });
  await writer.addAll(entries(dataDir, kase, count, chunk));
  const result = await writer.publish();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  const progress = writer.currentProgress;
  console.log(
    JSON.stringify({
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      inputBytes: progress.bytesDone,
      entries: progress.entriesDone,
      parts: result.parts,
      outDir,
      rssBefore: before,
      peakRss: Math.max(peak, peakRssFromProc()),
    }),
  );
}

interface ChildResult {
  seconds: number;
  /** CPU time of the writer's process (main thread and zlib's thread pool). */
  cpuSeconds: number;
  inputBytes: number;
  entries: number;
  parts: { fileName: string; bytes: number; entries: number }[];
  outDir: string;
  rssBefore: number;
  peakRss: number;
}

function catSeconds(dataDir: string, kase: Case, count: number): number {
  const list = path.join(dataDir, `list-${kase}`);
  fs.writeFileSync(list, Array.from({ length: count }, (_, i) => path.join(dataDir, item(kase, i).file)).join('\0'));
  const out = path.join(dataDir, `cat-${kase}.out`);
  const started = performance.now();
  const r = spawnSync('sh', ['-c', `xargs -0 cat < '${list}' > '${out}'`], { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  fs.rmSync(out, { force: true });
  if (r.status !== 0) throw new Error('cat failed');
  return seconds;
}

/** Compiles the writer and this file to CommonJS under apps/api/node_modules/.cache (where jszip resolves). */
function compileForPlainNode(): string {
  const apiDir = path.dirname(require.resolve('@warden/api/package.json'));
  const swc = createRequire(path.join(apiDir, 'package.json'))('@swc/core') as { transformFileSync(file: string, options: object): { code: string } };
  const outDir = path.join(apiDir, 'node_modules/.cache/export-bench');
  fs.mkdirSync(outDir, { recursive: true });
  const options = { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' }, sourceMaps: false };
  const sources = ['entry-names', 'jszip-internals', 'zip-archive-writer'].map((name) => path.join(apiDir, 'src/core/files/zip', `${name}.ts`));
  for (const file of [...sources, __filename]) {
    const { code } = swc.transformFileSync(file, { ...options, filename: file });
    const js = code.replace(/require\("@warden\/api\/src\/core\/files\/zip\/zip-archive-writer"\)/, 'require("./zip-archive-writer")');
    fs.writeFileSync(path.join(outDir, `${path.basename(file, '.ts')}.js`), js);
  }
  return path.join(outDir, `${path.basename(__filename, '.ts')}.js`);
}

const mb = (bytes: number) => bytes / 1e6;

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  if (args[0] === '--child') {
    child(args[1], args[2] as Case, Number(args[3]), Number(args[4]), Number(args[5])).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
    return;
  }
  const scale = Number(args.find((a) => /^\d*\.?\d+$/.test(a)) ?? 1);
  const cases: Case[] = option('case') ? [option('case') as Case] : ['a', 'b'];
  const repeat = Math.max(1, Number(option('repeat') ?? 1));
  const chunk = Number(option('chunk') ?? 64) * 1024;
  const verify = !args.includes('--no-verify');
  const underSwc = args.includes('--swc');
  const n = counts(scale);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-export-bench-'));
  const cleanUp = () => fs.rmSync(dataDir, { recursive: true, force: true });
  process.on('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    const entry = underSwc ? [...process.execArgv, __filename] : [compileForPlainNode()];
    console.log(
      `zip writer (jszip, streamed, DEFLATE level 1) → ${os.tmpdir()} · Node ${process.version}, ${os.cpus().length} CPUs, ` +
        `${underSwc ? 'TypeScript under @swc-node/register' : 'compiled, plain node'} · read chunks ${chunk / 1024} KiB · scale ${scale}`,
    );
    for (const kase of cases) {
      const splitSize = Number(option('split') ?? (kase === 'a' ? 500_000_000 : 4_000_000_000));
      let t = performance.now();
      generate(dataDir, kase, n[kase]);
      const label = kase === 'a' ? `(a) ${n.a} attachments × 10 MB, random` : `(b) ${n.b.toLocaleString('en-US')} small items, text deflated`;
      console.log(`\n${label}: data generated in ${((performance.now() - t) / 1000).toFixed(1)} s; split ${mb(splitSize)} MB`);
      catSeconds(dataDir, kase, n[kase]); // warms the page cache the same way for both
      for (let run = 1; run <= repeat; run++) {
        const load = os.loadavg()[0].toFixed(2);
        const r = spawnSync(process.execPath, [...entry, '--child', dataDir, kase, String(n[kase]), String(splitSize), String(chunk)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
        if (r.status !== 0) throw new Error(`writer run failed (${r.status})`);
        const res = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '') as ChildResult;
        const cat = catSeconds(dataDir, kase, n[kase]);
        const outBytes = res.parts.reduce((s, p) => s + p.bytes, 0);
        console.log(
          `  run ${run} (load ${load}): ${(mb(res.inputBytes) / res.seconds).toFixed(0)} MB/s of input · ` +
            `${Math.round(res.entries / res.seconds).toLocaleString('en-US')} items/s · ${res.seconds.toFixed(1)} s (CPU ${res.cpuSeconds.toFixed(1)} s) · ` +
            `peak RSS ${Math.round(mb(res.peakRss))} MB (${Math.round(mb(res.rssBefore))} MB at start) · ` +
            `${res.entries.toLocaleString('en-US')} entries, ${mb(res.inputBytes).toFixed(0)} MB in → ${mb(outBytes).toFixed(0)} MB in ${res.parts.length} part(s) ` +
            `(largest ${mb(Math.max(...res.parts.map((p) => p.bytes))).toFixed(1)} MB) · ` +
            `cat ${(mb(res.inputBytes) / cat).toFixed(0)} MB/s (${cat.toFixed(1)} s) → writer at ${((cat / res.seconds) * 100).toFixed(0)}% of cat`,
        );
        if (verify && run === repeat) {
          t = performance.now();
          for (const part of res.parts) {
            const v = spawnSync('unzip', ['-tqq', path.join(res.outDir, 'export', part.fileName)], { encoding: 'utf8' });
            if (v.status !== 0) throw new Error(`unzip -t failed on ${part.fileName}: ${v.stdout}${v.stderr}`);
            if (part.bytes > splitSize) throw new Error(`${part.fileName} is above the split size`);
          }
          console.log(`  unzip -t: all ${res.parts.length} part(s) OK, none above the split size (${((performance.now() - t) / 1000).toFixed(1)} s)`);
        }
        fs.rmSync(res.outDir, { recursive: true, force: true });
      }
      fs.rmSync(path.join(dataDir, kase), { recursive: true, force: true });
    }
  } finally {
    cleanUp();
  }
}

main();
