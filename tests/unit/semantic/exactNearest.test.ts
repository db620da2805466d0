import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExactNearest } from '../../../src/semantic/exactNearest.js';
import { normalizeInPlace } from '../../../src/semantic/vectors.js';

// A seeded generator, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

const D = 384;
const next = random(20261204);
const unit = () => normalizeInPlace(Float32Array.from({ length: D }, next));
const corpus = Array.from({ length: 700 }, unit);
// More queries than one run takes (256), so the batching is exercised.
const queries = Array.from({ length: 300 }, unit);

function bruteForce(q: Float32Array, k: number): { index: number; score: number }[] {
  return corpus
    .map((v, index) => ({ index, score: v.reduce((s, x, i) => s + x * q[i], 0) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, k);
}

describe('ExactNearest', () => {
  let search: ExactNearest;
  beforeAll(async () => { search = await ExactNearest.over(corpus, { threads: 1 }); });
  afterAll(() => search.release());

  it('finds the same k neighbours, in the same order, as comparing with every vector', async () => {
    const lists = await search.nearest(queries, 7);
    expect(lists).toHaveLength(queries.length);
    lists.forEach((list, i) => {
      const expected = bruteForce(queries[i], 7);
      expect(list.map((n) => n.index)).toEqual(expected.map((n) => n.index));
      list.forEach((n, j) => expect(n.score).toBeCloseTo(expected[j].score, 5));
    });
  });

  it('finds a corpus vector itself first, with cosine 1', async () => {
    const [first] = await search.nearest([corpus[123]], 1);
    expect(first[0].index).toBe(123);
    expect(first[0].score).toBeCloseTo(1, 5);
  });

  it('returns the whole corpus when k exceeds it, and one list per query', async () => {
    const small = await ExactNearest.over(corpus.slice(0, 3));
    try {
      const lists = await small.nearest([queries[0], queries[1]], 10);
      expect(lists.map((l) => l.length)).toEqual([3, 3]);
      expect(await small.nearest([], 4)).toEqual([]);
    } finally {
      await small.release();
    }
  });

  it('refuses a bad k and vectors of the wrong size', async () => {
    await expect(search.nearest(queries.slice(0, 1), 0)).rejects.toThrow(/k must be a positive integer/);
    await expect(search.nearest([new Float32Array(3)], 2)).rejects.toThrow(/has 3 dimensions, expected 384/);
    await expect(ExactNearest.over([new Float32Array(5)])).rejects.toThrow(/vector 0 has 5 dimensions/);
  });
});
