// npm run client:generate  writes examples/typed-client/src/gql/ (GraphQL Code Generator's client preset)
// npm run client:check     exits 1 when the committed gql/ differs from what schema.graphql and the
//                          example's documents generate (the typed client's twin of schema:check)
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../examples/typed-client/codegen.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { firstStale, generatorCli, isMain, type GeneratedFile } from './generated.js';

/** What codegen would write, by path, without writing it. */
export async function generatedClient(): Promise<GeneratedFile[]> {
  return ((await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[]).map((o) => ({ file: o.filename, content: o.content }));
}

/** Null when every generated file is on disk as generated, else what drifts and what to run. */
export async function checkClient(): Promise<string | null> {
  const stale = firstStale(await generatedClient());
  if (!stale) return null;
  return `${path.relative(PROJECT_ROOT, stale.file)} is out of date with schema.graphql and the example's documents (${stale.difference}); run npm run client:generate and commit it`;
}

if (isMain(import.meta.url)) await generatorCli('scripts/client.ts', generatedClient, checkClient, 'examples/typed-client/src/gql is up to date');
