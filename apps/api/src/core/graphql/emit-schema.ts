/**
 * Writes schema.graphql from the resolvers, or with `--check` fails when the committed file is stale.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { SCHEMA_FILE, buildWardenSchema } from './build-schema';

const HEADER = '# Generated from the type-graphql resolvers by `pnpm codegen`. Do not edit by hand.\n\n';

async function main() {
  const schema = await buildWardenSchema();
  const sdl = `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== sdl) {
      console.error('schema.graphql is stale: run `pnpm codegen` and commit the result.');
      process.exit(1);
    }
    console.log('schema.graphql is up to date.');
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${SCHEMA_FILE}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
