import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Jest globalSetup of the browser project: builds the SPA and GraphiQL so the server under test
 * serves what the source says now, not a stale `apps/web/dist`. Default export: jest requires it.
 */
export default function buildWeb(): void {
  const repoRoot = path.resolve(__dirname, '../..');
  execFileSync('pnpm', ['--filter', '@warden/web', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}
