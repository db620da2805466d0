// npm run schema        writes schema.graphql from the code (printSchema of the built schema)
// npm run schema:check  exits 1 when schema.graphql differs from the code
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getSchema } from '../src/graphql/schema.js';
import { PROJECT_ROOT } from '../src/paths.js';

// The CommonJS graphql that type-graphql builds with: under vitest a plain import resolves to graphql's
// .mjs build, a second copy whose printSchema refuses the schema's types.
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');
const HEADER = '# Generated from the type-graphql code by `npm run schema`; do not edit by hand.\n\n';

export async function generatedSchema(): Promise<string> {
  return `${HEADER}${printSchema(await getSchema())}\n`;
}

/** The first line where two texts differ, as a short hint for the check's message. */
export function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: code has ${JSON.stringify(a[i] ?? '<end of file>')}, schema.graphql has ${JSON.stringify(b[i] ?? '<end of file>')}`;
  }
  return 'no difference';
}

/** Null when schema.graphql matches the code, else a message saying where it drifts and what to run. */
export async function checkSchema(): Promise<string | null> {
  const expected = await generatedSchema();
  const actual = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
  if (actual === expected) return null;
  return `schema.graphql is out of date with the code (${firstDifference(expected, actual)}); run npm run schema and commit schema.graphql`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const cmd = process.argv[2];
  if (cmd === 'write') {
    fs.writeFileSync(SCHEMA_FILE, await generatedSchema());
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE}`);
  } else if (cmd === 'check') {
    const problem = await checkSchema();
    if (problem) {
      console.error(problem);
      process.exitCode = 1;
    } else {
      console.log('schema.graphql is up to date');
    }
  } else {
    console.error('usage: tsx scripts/schema.ts write|check');
    process.exitCode = 2;
  }
}
