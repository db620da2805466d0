// npm run schema        writes schema.graphql from the code (printSchema of the built schema), and beside it
//                       schema.subgraph.graphql, the Apollo Federation 2 subgraph SDL (ROLEGRAPH_FEDERATION)
// npm run schema:check  exits 1 when either file differs from the code
import { createRequire } from 'node:module';
import path from 'node:path';
import { subgraphSdl } from '../src/graphql/federation.js';
import { getSchema } from '../src/graphql/schema.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { firstStale, generatorCli, isMain, type GeneratedFile } from './generated.js';

export { firstDifference } from './generated.js';

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

/** Both generated files, as the code makes them now. */
async function generatedFiles(): Promise<GeneratedFile[]> {
  return [
    { file: SCHEMA_FILE, content: await generatedSchema() },
    { file: SUBGRAPH_FILE, content: await generatedSubgraph() },
  ];
}

/** Null when schema.graphql and schema.subgraph.graphql match the code, else where the first drifts and what to run. */
export async function checkSchema(): Promise<string | null> {
  const stale = firstStale(await generatedFiles());
  if (!stale) return null;
  const name = path.basename(stale.file);
  return `${name} is out of date with the code (${stale.difference}); run npm run schema and commit ${name}`;
}

if (isMain(import.meta.url)) await generatorCli('scripts/schema.ts', generatedFiles, checkSchema, 'schema.graphql and schema.subgraph.graphql are up to date');
