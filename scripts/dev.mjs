// `pnpm dev`: the API with reload on change (port 4000) and Vite's dev server for the SPA (port
// 5173, proxying /graphql to the API). Ctrl-C stops both.
import { spawn } from 'node:child_process';

const children = [
  spawn('pnpm', ['--filter', '@warden/api', 'dev'], { stdio: 'inherit', env: { ...process.env, PORT: process.env.PORT ?? '4000' } }),
  spawn('pnpm', ['--filter', '@warden/web', 'dev'], { stdio: 'inherit', env: { ...process.env, API_PORT: process.env.PORT ?? '4000' } }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', (code) => { if (code) { stop(); process.exitCode = code; } }));
