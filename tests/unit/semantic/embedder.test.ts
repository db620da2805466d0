// The real model (fetched by the install step into models/), no mocks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_TOKENS, EMBEDDING_DIMENSIONS, Embedder, embed, embeddingHash, sharedEmbedder } from '../../../src/semantic/embedder.js';
import { DEFAULT_MODEL_DIR, MODEL_FILES, ModelUnavailableError } from '../../../src/semantic/modelFiles.js';
import { cosine } from '../../../src/semantic/vectors.js';

describe('Embedder (all-MiniLM-L6-v2, quantized)', () => {
  let embedder: Embedder;
  beforeAll(async () => { embedder = await Embedder.load(); });
  afterAll(() => embedder.release());

  it('gives 384-dimensional unit vectors, one per text, in order', async () => {
    const vectors = await embedder.embed(['Kubernetes', 'a much longer text about container orchestration and deployment', 'Git']);
    expect(vectors).toHaveLength(3);
    for (const v of vectors) {
      expect(v).toHaveLength(EMBEDDING_DIMENSIONS);
      expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    }
    // Order survives the length sorting inside: each text is closest to itself embedded alone.
    const alone = await embedder.embedOne('Git');
    expect(cosine(vectors[2], alone)).toBeGreaterThan(cosine(vectors[0], alone));
  });

  it('reproduces the Transformers.js reference for this very ONNX file (Xenova/all-MiniLM-L6-v2 model card)', async () => {
    // Published: [0.04592696577310562, 0.07328180968761444, 0.05400655046105385, ...] and
    // [0.08188057690858841, 0.10760223120450974, -0.013241755776107311, ...]
    const [a, b] = await embedder.embed(['This is an example sentence', 'Each sentence is converted']);
    [0.04592696577310562, 0.07328180968761444, 0.05400655046105385].forEach((x, i) => expect(a[i]).toBeCloseTo(x, 4));
    [0.08188057690858841, 0.10760223120450974, -0.013241755776107311].forEach((x, i) => expect(b[i]).toBeCloseTo(x, 4));
  });

  it('matches the sentence-transformers quick-start similarities within quantization tolerance', async () => {
    // Full-precision model, sentence-transformers docs: 0.6660, 0.1046, 0.1411.
    const [w, s, d] = await embedder.embed(['The weather is lovely today.', "It's so sunny outside!", 'He drove to the stadium.']);
    expect(cosine(w, s)).toBeGreaterThan(0.6660 - 0.03);
    expect(cosine(w, s)).toBeLessThan(0.6660 + 0.03);
    expect(Math.abs(cosine(w, d) - 0.1046)).toBeLessThan(0.04);
    expect(Math.abs(cosine(s, d) - 0.1411)).toBeLessThan(0.04);
  });

  it('puts related concepts close and unrelated ones far', async () => {
    const [orchestration, kubernetes, bookkeeping, escoPython, onetPython] = await embedder.embed([
      'container orchestration', 'Kubernetes', 'bookkeeping', 'Python (computer programming)', 'Python',
    ]);
    expect(cosine(orchestration, kubernetes)).toBeGreaterThan(cosine(orchestration, bookkeeping) + 0.2);
    expect(cosine(escoPython, onetPython)).toBeGreaterThan(0.8);
    expect(cosine(escoPython, bookkeeping)).toBeLessThan(0.3);
  });

  it('gives identical text the same vector (cosine 1)', async () => {
    const [a] = await embedder.embed(['Site Reliability Engineering']);
    const b = await embedder.embedOne('Site Reliability Engineering');
    expect(cosine(a, b)).toBeCloseTo(1, 6);
    const [c, d] = await embedder.embed(['Terraform', 'Terraform']);
    expect(cosine(c, d)).toBeCloseTo(1, 6);
  });

  it(`truncates long texts to ${DEFAULT_MAX_TOKENS} word pieces, ending with [SEP] as the model expects`, async () => {
    const ids = embedder.tokenIds('word '.repeat(500));
    expect(ids).toHaveLength(DEFAULT_MAX_TOKENS);
    expect(ids[0]).toBe(101); // [CLS]
    expect(ids.at(-1)).toBe(102); // [SEP]
    const [v] = await embedder.embed(['word '.repeat(500)]);
    expect(Math.hypot(...v)).toBeCloseTo(1, 5);
  });

  it('embeds an empty list and an empty string', async () => {
    expect(await embedder.embed([])).toEqual([]);
    const [v] = await embedder.embed(['']);
    expect(v).toHaveLength(EMBEDDING_DIMENSIONS);
  });

  it('names the model and truncation in its id, which keys the stored hashes', () => {
    expect(embedder.modelId).toBe(`all-MiniLM-L6-v2-q@1.19.0-beta29/max${DEFAULT_MAX_TOKENS}`);
    expect(embeddingHash(embedder.modelId, 'Docker')).toMatch(/^[0-9a-f]{64}$/);
    expect(embeddingHash(embedder.modelId, 'Docker')).not.toBe(embeddingHash(embedder.modelId, 'Docker '));
    expect(embeddingHash(embedder.modelId, 'Docker')).not.toBe(embeddingHash('another-model', 'Docker'));
  });

  it('gives the same vectors, in the same order, from sessions running side by side', async () => {
    const texts = Array.from({ length: 37 }, (_, i) => `${['Docker', 'manage databases', 'Kubernetes clusters', 'write unit tests in Python'][i % 4]} ${i}`);
    // Same batches as the one-session embedder: the quantized model scales activations per batch.
    const pooled = await Embedder.load({ sessions: 2 });
    try {
      const [alone, sideBySide] = [await embedder.embed(texts), await pooled.embed(texts)];
      expect(sideBySide).toHaveLength(texts.length);
      sideBySide.forEach((v, i) => expect(Array.from(v)).toEqual(Array.from(alone[i])));
    } finally {
      await pooled.release();
    }
    await expect(Embedder.load({ sessions: 0 })).rejects.toThrow(/sessions must be a positive integer/);
  });
});

describe('sharedEmbedder', () => {
  it('loads once and serves the same instance to every caller', async () => {
    const [a, b] = await Promise.all([sharedEmbedder(), sharedEmbedder()]);
    expect(a).toBe(b);
    const [v] = await embed(['Docker']);
    expect(cosine(v, await a.embedOne('Docker'))).toBeCloseTo(1, 6);
  });
});

describe('a missing or corrupt model', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-model-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fails to load with a one-line ModelUnavailableError naming the file and the fetch command', async () => {
    const err = await Embedder.load({ modelDir: dir }).catch((e) => e);
    expect(err).toBeInstanceOf(ModelUnavailableError);
    expect(err.message).toContain(path.join(dir, MODEL_FILES.onnx.file));
    expect(err.message).toContain('is missing');
    expect(err.message).toContain('npm run model:fetch');
    expect(err.message).not.toContain('\n');
  });

  it('detects a file whose content is not the pinned one', async () => {
    fs.symlinkSync(path.join(DEFAULT_MODEL_DIR, MODEL_FILES.onnx.file), path.join(dir, MODEL_FILES.onnx.file));
    const tokenizer = fs.readFileSync(path.join(DEFAULT_MODEL_DIR, MODEL_FILES.tokenizer.file));
    tokenizer[100] ^= 1;
    fs.writeFileSync(path.join(dir, MODEL_FILES.tokenizer.file), tokenizer);
    const err = await Embedder.load({ modelDir: dir }).catch((e) => e);
    expect(err).toBeInstanceOf(ModelUnavailableError);
    expect(err.message).toMatch(/tokenizer\.json is corrupt \(SHA-256 does not match\); fetch it with: npm run model:fetch$/);
  });
});
