// npm run schema        writes schema.graphql from the code (printSchema of the built schema), and beside it
//                       schema.subgraph.graphql, the Apollo Federation 2 subgraph SDL (ROLEGRAPH_FEDERATION)
// npm run schema:check  exits 1 when either file differs from the code
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { subgraphSdl } from '../src/graphql/federation.js';
import { getSchema } from '../src/graphql/schema.js';
import { PROJECT_ROOT } from '../src/paths.js';

// The CommonJS graphql that type-graphql builds with: under vitest a plain import resolves to graphql's
// .mjs build, a second copy whose printSchema refuses the schema's types.
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');
export const SUBGRAPH_FILE = path.join(PROJECT_ROOT, 'schema.subgraph.graphql');
const HEADER = '# Generated from the type-graphql code by `npm run schema`; do not edit by hand.\n\n';

export async function generatedSchema(): Promise<string> {
  return `${HEADER}${printSchema(await getSchema())}\n`;
}

export async function generatedSubgraph(): Promise<string> {
  return `${HEADER}${await subgraphSdl()}\n`;
}

/** Each generated file and what writes it. */
const FILES: { file: string; generate: () => Promise<string> }[] = [
  { file: SCHEMA_FILE, generate: generatedSchema },
  { file: SUBGRAPH_FILE, generate: generatedSubgraph },
];

/** The first line where two texts differ, as a short hint for the check's message. */
export function firstDifference(expected: string, actual: string, name = 'schema.graphql'): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: code has ${JSON.stringify(a[i] ?? '<end of file>')}, ${name} has ${JSON.stringify(b[i] ?? '<end of file>')}`;
  }
  return 'no difference';
}

/** Null when schema.graphql and schema.subgraph.graphql match the code, else where the first drifts and what to run. */
export async function checkSchema(): Promise<string | null> {
  for (const { file, generate } of FILES) {
    const name = path.basename(file);
    const expected = await generate();
    const actual = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (actual !== expected) return `${name} is out of date with the code (${firstDifference(expected, actual, name)}); run npm run schema and commit ${name}`;
  }
  return null;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const cmd = process.argv[2];
  if (cmd === 'write') {
    for (const { file, generate } of FILES) {
      fs.writeFileSync(file, await generate());
      console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
    }
  } else if (cmd === 'check') {
    const problem = await checkSchema();
    if (problem) {
      console.error(problem);
      process.exitCode = 1;
    } else {
      console.log('schema.graphql and schema.subgraph.graphql are up to date');
    }
  } else {
    console.error('usage: tsx scripts/schema.ts write|check');
    process.exitCode = 2;
  }
}
