// npm run client:generate  writes examples/typed-client/src/gql/ (GraphQL Code Generator's client preset)
// npm run client:check     exits 1 when the committed gql/ differs from what schema.graphql and the
//                          example's documents generate (the typed client's twin of schema:check)
import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../examples/typed-client/codegen.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { firstDifference } from './schema.js';

interface Output {
  filename: string;
  content: string;
}

/** What codegen would write, by path, without writing it. */
export async function generatedClient(): Promise<Output[]> {
  return (await generate({ ...config, silent: true }, false)) as Output[];
}

/** Null when every generated file is on disk as generated, else what drifts and what to run. */
export async function checkClient(): Promise<string | null> {
  for (const { filename, content } of await generatedClient()) {
    const rel = path.relative(PROJECT_ROOT, filename);
    const actual = fs.existsSync(filename) ? fs.readFileSync(filename, 'utf8') : '';
    if (actual !== content) return `${rel} is out of date with schema.graphql and the example's documents (${firstDifference(content, actual, 'the file')}); run npm run client:generate and commit it`;
  }
  return null;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const cmd = process.argv[2];
  if (cmd === 'write') {
    for (const { filename, content } of await generatedClient()) {
      fs.mkdirSync(path.dirname(filename), { recursive: true });
      fs.writeFileSync(filename, content);
      console.log(`wrote ${path.relative(process.cwd(), filename)}`);
    }
  } else if (cmd === 'check') {
    const problem = await checkClient();
    if (problem) {
      console.error(problem);
      process.exitCode = 1;
    } else {
      console.log('examples/typed-client/src/gql is up to date');
    }
  } else {
    console.error('usage: tsx scripts/client.ts write|check');
    process.exitCode = 2;
  }
}
