// Sentence embeddings with all-MiniLM-L6-v2 (quantized ONNX) run in-process: @huggingface/tokenizers
// for WordPiece, onnxruntime-node for the transformer, then mean pooling and L2 normalisation.
// One model per process is enough: `sharedEmbedder()` loads it lazily, once.
import fs from 'node:fs';
import { Tokenizer } from '@huggingface/tokenizers';
import * as ort from 'onnxruntime-node';
import { createHash } from 'node:crypto';
import { DEFAULT_MODEL_DIR, MODEL_FILES, ModelUnavailableError, verifyModelFiles } from './modelFiles.js';
import { meanPoolNormalized } from './vectors.js';

export const EMBEDDING_DIMENSIONS = 384;
export const BASE_MODEL_ID = 'all-MiniLM-L6-v2-q@1.19.0-beta29';

/**
 * all-MiniLM-L6-v2 was trained on sequences of at most 128 word pieces (its tokenizer.json truncates
 * there too); concept texts are ~5-60 tokens, and attention cost grows with the square of the length.
 */
export const DEFAULT_MAX_TOKENS = 128;
/**
 * Texts run in batches of similar length (sorted, so little padding). Measured on concept texts:
 * 8 is ~10-45% faster per text than 1; 32 is slower again on long texts (see docs/semantic.md).
 */
export const DEFAULT_BATCH_SIZE = 8;

export interface EmbedderOptions {
  modelDir?: string;
  /** onnxruntime intra-op threads per session; 1 keeps the API's other work (and Neo4j) responsive. */
  threads?: number;
  /**
   * Sessions that run batches side by side (default 1). For a batch job, one single-threaded session
   * per core embeds short texts faster than one session with a thread per core: a batch of concept texts
   * is too small to split well across threads (docs/semantic.md).
   */
  sessions?: number;
  maxTokens?: number;
  batchSize?: number;
}

const CLS = '[CLS]';
const SEP = '[SEP]';

export class Embedder {
  readonly dimensions = EMBEDDING_DIMENSIONS;
  /** Names what produced a vector: model, and the truncation length (which changes long texts' vectors). */
  readonly modelId: string;
  private readonly sepId: number;
  private readonly clsId: number;

  private constructor(
    private readonly tokenizer: Tokenizer,
    private readonly sessions: readonly ort.InferenceSession[],
    readonly maxTokens: number,
    readonly batchSize: number,
    /** Milliseconds it took to verify and load the files. */
    readonly loadMs: number,
  ) {
    this.modelId = `${BASE_MODEL_ID}/max${maxTokens}`;
    const sep = tokenizer.token_to_id(SEP);
    const cls = tokenizer.token_to_id(CLS);
    if (sep === undefined || cls === undefined) throw new ModelUnavailableError(MODEL_FILES.tokenizer.file, 'has no [CLS]/[SEP] tokens');
    this.sepId = sep;
    this.clsId = cls;
  }

  /** Verifies the model files (ModelUnavailableError when missing or corrupt) and loads them. */
  static async load(opts: EmbedderOptions = {}): Promise<Embedder> {
    const started = performance.now();
    const files = verifyModelFiles(opts.modelDir ?? DEFAULT_MODEL_DIR);
    let tokenizer: Tokenizer;
    let sessions: ort.InferenceSession[];
    try {
      tokenizer = new Tokenizer(JSON.parse(fs.readFileSync(files.tokenizer, 'utf8')), {});
    } catch (err) {
      throw new ModelUnavailableError(files.tokenizer, `could not be read (${(err as Error).message})`);
    }
    const count = opts.sessions ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`sessions must be a positive integer, got ${count}`);
    try {
      // By path, not from a Buffer: onnxruntime reads the file itself, and a 23 MB Buffer handed to it stays in
      // the process's RSS after the session is made (measured: +87 MB with a Buffer, +65 MB by path).
      sessions = await Promise.all(Array.from({ length: count }, () => ort.InferenceSession.create(files.onnx, {
        intraOpNumThreads: opts.threads ?? 1,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
      })));
    } catch (err) {
      throw new ModelUnavailableError(files.onnx, `could not be loaded (${(err as Error).message.split('\n')[0]})`);
    }
    const maxTokens = opts.maxTokens ?? DEFAULT_MAX_TOKENS;
    if (maxTokens < 2 || maxTokens > 512) throw new RangeError(`maxTokens must be 2..512 (the model has 512 positions), got ${maxTokens}`);
    return new Embedder(tokenizer, sessions, maxTokens, Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE), performance.now() - started);
  }

  /** Word-piece ids with [CLS] and [SEP], truncated to maxTokens (keeping [SEP] last, as the model expects). */
  tokenIds(text: string): number[] {
    const ids = this.tokenizer.encode(text).ids;
    if (ids.length <= this.maxTokens) return ids;
    const cut = ids.slice(0, this.maxTokens - 1);
    cut.push(this.sepId);
    return cut;
  }

  /** One unit-length vector per text, in order. */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const encoded = texts.map((t) => this.tokenIds(t));
    // Sorting by length keeps padding (wasted work) small inside each batch.
    const order = encoded.map((_, i) => i).sort((a, b) => encoded[a].length - encoded[b].length);
    const out = new Array<Float32Array>(texts.length);
    let next = 0;
    // Each session takes the next batch when it is free, so the sessions' batches run side by side.
    const worker = async (session: ort.InferenceSession) => {
      while (next < order.length) {
        const idx = order.slice(next, (next += this.batchSize));
        const vectors = await this.runBatch(session, idx.map((i) => encoded[i]));
        idx.forEach((i, j) => { out[i] = vectors[j]; });
      }
    };
    await Promise.all(this.sessions.map(worker));
    return out;
  }

  async embedOne(text: string): Promise<Float32Array> {
    return (await this.embed([text]))[0];
  }

  async release(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.release()));
  }

  private async runBatch(session: ort.InferenceSession, batch: number[][]): Promise<Float32Array[]> {
    const rows = batch.length;
    const seqLen = Math.max(...batch.map((ids) => ids.length));
    const ids = new BigInt64Array(rows * seqLen);
    const mask = new BigInt64Array(rows * seqLen);
    batch.forEach((seq, r) => {
      for (let t = 0; t < seq.length; t++) {
        ids[r * seqLen + t] = BigInt(seq[t]);
        mask[r * seqLen + t] = 1n;
      }
    });
    const dims = [rows, seqLen];
    const result = await session.run({
      input_ids: new ort.Tensor('int64', ids, dims),
      attention_mask: new ort.Tensor('int64', mask, dims),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(rows * seqLen), dims),
    });
    const hidden = result.last_hidden_state;
    try {
      return meanPoolNormalized(hidden.data as Float32Array, batch.map((s) => s.length), seqLen, EMBEDDING_DIMENSIONS);
    } finally {
      hidden.dispose();
    }
  }
}

let shared: Promise<Embedder> | null = null;

/**
 * The process's one embedder, loaded on first use; later calls get the same instance (and ignore
 * their options). A failed load is not cached, so a call after `npm run model:fetch` can succeed.
 */
export function sharedEmbedder(opts: EmbedderOptions = {}): Promise<Embedder> {
  if (!shared) {
    shared = Embedder.load(opts);
    shared.catch(() => { shared = null; });
  }
  return shared;
}

/** Embeds with the shared embedder. */
export async function embed(texts: readonly string[]): Promise<Float32Array[]> {
  return (await sharedEmbedder()).embed(texts);
}

/** The key that decides whether a stored vector is still current: a hash of the model id and the text. */
export function embeddingHash(modelId: string, text: string): string {
  return createHash('sha256').update(modelId).update('\0').update(text).digest('hex');
}
