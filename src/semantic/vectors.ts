// Vector arithmetic on plain Float32Arrays (no I/O), shared by the embedder and its callers.

/** Cosine similarity in [-1, 1]; 0 when either vector is all zeros. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`cosine of vectors of different lengths (${a.length} and ${b.length})`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Scales v in place to unit length (a zero vector stays zero) and returns it. */
export function normalizeInPlace(v: Float32Array): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i] * v[i];
  if (n > 0) {
    const inv = 1 / Math.sqrt(n);
    for (let i = 0; i < v.length; i++) v[i] *= inv;
  }
  return v;
}

/**
 * Sentence vectors from a transformer's token states, the way sentence-transformers pools
 * all-MiniLM-L6-v2: the mean of the states of the real (unmasked) tokens, then L2 normalisation.
 * `hidden` is [batch, seqLen, dim] row-major; sequence i's real tokens are its first lengths[i]
 * (right padding), which is exactly what its attention mask marks.
 */
export function meanPoolNormalized(hidden: Float32Array, lengths: readonly number[], seqLen: number, dim: number): Float32Array[] {
  if (hidden.length !== lengths.length * seqLen * dim) {
    throw new Error(`token states of length ${hidden.length} do not match ${lengths.length} x ${seqLen} x ${dim}`);
  }
  return lengths.map((len, i) => {
    const v = new Float32Array(dim);
    const base = i * seqLen * dim;
    for (let t = 0; t < len; t++) {
      const off = base + t * dim;
      for (let d = 0; d < dim; d++) v[d] += hidden[off + d];
    }
    // Dividing by len before normalising changes nothing once normalised; it is skipped.
    return normalizeInPlace(v);
  });
}
