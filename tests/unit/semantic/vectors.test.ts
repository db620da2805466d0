import { describe, expect, it } from 'vitest';
import { cosine, meanPoolNormalized, normalizeInPlace } from '../../../src/semantic/vectors.js';

describe('cosine', () => {
  it('is 1 for the same direction, 0 for orthogonal, -1 for opposite, whatever the lengths', () => {
    expect(cosine([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(cosine([1, 0], [0, 5])).toBe(0);
    expect(cosine([1, 1], [-3, -3])).toBeCloseTo(-1, 12);
  });

  it('is 0 against a zero vector and refuses vectors of different lengths', () => {
    expect(cosine([0, 0], [1, 2])).toBe(0);
    expect(() => cosine([1], [1, 2])).toThrow(/different lengths/);
  });
});

describe('normalizeInPlace', () => {
  it('scales to unit length and leaves a zero vector alone', () => {
    const v = normalizeInPlace(Float32Array.from([3, 4]));
    expect(Array.from(v)).toEqual([0.6000000238418579, 0.800000011920929]);
    expect(Array.from(normalizeInPlace(new Float32Array(3)))).toEqual([0, 0, 0]);
  });
});

describe('meanPoolNormalized', () => {
  it('averages only each sequence’s real tokens (not its padding), then normalises', () => {
    // batch 2, seqLen 3, dim 2; the second sequence has one real token and two padded positions.
    const hidden = Float32Array.from([
      1, 0, 0, 1, 100, 100, // seq 0: tokens (1,0), (0,1), padding (100,100)
      0, 2, 50, 50, 50, 50, // seq 1: token (0,2), padding
    ]);
    const [a, b] = meanPoolNormalized(hidden, [2, 1], 3, 2);
    expect(a[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(a[1]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(Array.from(b)).toEqual([0, 1]);
  });

  it('refuses token states whose size does not match the batch', () => {
    expect(() => meanPoolNormalized(new Float32Array(5), [1, 1], 3, 2)).toThrow(/do not match/);
  });
});
