// What the generator scripts share (schema.ts: schema.graphql and its subgraph twin; client.ts: the typed
// client's gql/): compare generated files with the committed ones, and the `write | check` command line.
import fs from 'node:fs';
import path from 'node:path';

export interface GeneratedFile {
  file: string;
  content: string;
}

/** The first line where two texts differ, as a short hint for the check's message. */
export function firstDifference(expected: string, actual: string, name = 'schema.graphql'): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: code has ${JSON.stringify(a[i] ?? '<end of file>')}, ${name} has ${JSON.stringify(b[i] ?? '<end of file>')}`;
  }
  return 'no difference';
}

/** The first generated file not on disk as generated, or undefined; with where it differs. */
export function firstStale(files: readonly GeneratedFile[]): { file: string; difference: string } | undefined {
  for (const { file, content } of files) {
    const actual = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (actual !== content) return { file, difference: firstDifference(content, actual, path.basename(file)) };
  }
  return undefined;
}

/**
 * `tsx <script> write` writes the files, `check` exits 1 with `check()`'s message when one drifts (0 when
 * none does), anything else prints the usage and exits 2.
 */
export async function generatorCli(script: string, generate: () => Promise<GeneratedFile[]>, check: () => Promise<string | null>, upToDate: string): Promise<void> {
  const cmd = process.argv[2];
  if (cmd === 'write') {
    for (const { file, content } of await generate()) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
    }
  } else if (cmd === 'check') {
    const problem = await check();
    if (problem) {
      console.error(problem);
      process.exitCode = 1;
    } else {
      console.log(upToDate);
    }
  } else {
    console.error(`usage: tsx ${script} write|check`);
    process.exitCode = 2;
  }
}

/** True when `moduleUrl` is the script node was started with (not imported by a test). */
export function isMain(moduleUrl: string): boolean {
  return Boolean(process.argv[1]) && path.resolve(process.argv[1]) === path.resolve(new URL(moduleUrl).pathname);
}
