// `pnpm bench <name>`: runs bench/<name>.bench.ts (or a library's own bench) and prints its figures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const benches = {
  export: 'bench/export.bench.ts',
  graphql: 'bench/graphql.bench.ts',
  jobs: 'libs/agenda-typeorm-backend/bench/throughput.ts',
  'login-records': 'bench/login-records.bench.ts',
  pdf: 'bench/pdf.bench.ts',
  xlsx: 'bench/xlsx.bench.ts',
};
const name = process.argv[2];
if (!name || !benches[name]) {
  console.error(`usage: pnpm bench <name>\n\navailable:\n${Object.keys(benches).map((b) => `  ${b}`).join('\n')}`);
  process.exit(name ? 1 : 0);
}
const file = path.join(root, benches[name]);
if (!fs.existsSync(file)) {
  console.error(`bench ${name}: ${benches[name]} does not exist yet`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['-r', '@swc-node/register', file, ...process.argv.slice(3)], {
  cwd: path.join(root, 'apps/api'),
  stdio: 'inherit',
  env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'tsconfig.tests.json') },
});
process.exit(result.status ?? 1);
