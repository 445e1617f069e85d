import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Runs `apps/api/src/main.ts` as `pnpm start` would (through swc), and returns its exit code and output. */
function runMain(env: Record<string, string>, timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: path.join(ROOT, 'apps/api'),
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`main.ts did not exit within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('start-up configuration', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-startup-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('stops with a message naming DATABASE_URL when its scheme is unsupported', async () => {
    const { code, output } = await runMain({ DATA_DIR: dataDir, DATABASE_URL: 'postgres://db/warden' });
    expect(code).toBe(2);
    expect(output).toContain('DATABASE_URL scheme "postgres:" is not supported');
  });

  it('names every bad variable at once', async () => {
    const { code, output } = await runMain({ DATA_DIR: dataDir, PORT: 'eighty', JOBS: 'sometimes', LOG_LEVEL: 'loud' });
    expect(code).toBe(2);
    expect(output).toContain('PORT must be a whole number');
    expect(output).toContain('JOBS must be on or off');
    expect(output).toContain('LOG_LEVEL must be one of');
  });

  it('stops with a message naming DATABASE_URL when the server cannot be reached', async () => {
    const { code, output } = await runMain({ DATA_DIR: dataDir, DATABASE_URL: 'mysql://root:hunter2@127.0.0.1:1/warden' });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL: cannot open mysql://root:***@127.0.0.1:1/warden');
    expect(output).not.toContain('hunter2');
  });
});
