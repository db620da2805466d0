// Exact k-nearest neighbours of many query vectors among a fixed set of vectors, in-process: one ONNX
// graph (MatMul, then TopK) run by the onnxruntime the embedder already ships. A batch job that asks for
// the neighbours of every concept (the linker: ~20,000 queries over ~23,000 vectors) gets them from
// optimised matrix products in seconds, where as many vector-index queries take minutes; the API's single
// questions still go through Neo4j's vector indexes (nearest.ts). Cosine when the vectors are unit length.
import * as ort from 'onnxruntime-node';
import onnxProto from 'onnx-proto';
import { EMBEDDING_DIMENSIONS } from './embedder.js';

const { onnx } = onnxProto;

/** Query rows per run: keeps the score matrix of one run (rows × corpus floats) to some tens of MB. */
const QUERY_ROWS = 256;

export interface Neighbour {
  /** Position of the neighbour in the corpus given to `ExactNearest.over`. */
  index: number;
  /** Dot product with the query (the cosine, for unit vectors). */
  score: number;
}

/** The ONNX model: scores = queries × corpusᵀ, then the k best of each row (ties: lower index first). */
export function nearestModel(dimensions = EMBEDDING_DIMENSIONS): Uint8Array {
  const T = onnx.TensorProto.DataType;
  const value = (name: string, type: number, dims: (number | string)[]) => ({
    name,
    type: { tensorType: { elemType: type, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } },
  });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    producerName: 'rolegraph',
    graph: {
      name: 'exact_nearest',
      node: [
        { opType: 'MatMul', input: ['queries', 'corpusT'], output: ['scores'], name: 'scores' },
        {
          opType: 'TopK',
          input: ['scores', 'k'],
          output: ['values', 'indices'],
          name: 'best',
          attribute: [
            { name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 },
            { name: 'sorted', type: onnx.AttributeProto.AttributeType.INT, i: 1 },
          ],
        },
      ],
      input: [value('queries', T.FLOAT, ['n', dimensions]), value('corpusT', T.FLOAT, [dimensions, 'm']), value('k', T.INT64, [1])],
      output: [value('values', T.FLOAT, ['n', 'k']), value('indices', T.INT64, ['n', 'k'])],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

export class ExactNearest {
  private constructor(
    private readonly session: ort.InferenceSession,
    private readonly corpusT: ort.Tensor,
    /** Vectors in the corpus. */
    readonly size: number,
    readonly dimensions: number,
  ) {}

  /** A search over these vectors (copied, transposed once). `threads`: onnxruntime intra-op threads. */
  static async over(vectors: readonly ArrayLike<number>[], opts: { threads?: number; dimensions?: number } = {}): Promise<ExactNearest> {
    const d = opts.dimensions ?? EMBEDDING_DIMENSIONS;
    const m = vectors.length;
    const transposed = new Float32Array(d * m);
    vectors.forEach((v, i) => {
      if (v.length !== d) throw new RangeError(`vector ${i} has ${v.length} dimensions, expected ${d}`);
      for (let j = 0; j < d; j++) transposed[j * m + i] = v[j];
    });
    const session = await ort.InferenceSession.create(nearestModel(d), {
      intraOpNumThreads: opts.threads ?? 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    });
    return new ExactNearest(session, new ort.Tensor('float32', transposed, [d, m]), m, d);
  }

  /** For each query, its k best corpus vectors, best first (fewer when the corpus is smaller than k). */
  async nearest(queries: readonly ArrayLike<number>[], k: number): Promise<Neighbour[][]> {
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
    const take = Math.min(k, this.size);
    const out: Neighbour[][] = [];
    if (take === 0) return queries.map(() => []);
    const kTensor = new ort.Tensor('int64', BigInt64Array.of(BigInt(take)), [1]);
    for (let start = 0; start < queries.length; start += QUERY_ROWS) {
      const rows = queries.slice(start, start + QUERY_ROWS);
      const packed = new Float32Array(rows.length * this.dimensions);
      rows.forEach((q, r) => {
        if (q.length !== this.dimensions) throw new RangeError(`query ${start + r} has ${q.length} dimensions, expected ${this.dimensions}`);
        packed.set(q, r * this.dimensions);
      });
      const result = await this.session.run({ queries: new ort.Tensor('float32', packed, [rows.length, this.dimensions]), corpusT: this.corpusT, k: kTensor });
      const values = result.values.data as Float32Array;
      const indices = result.indices.data as BigInt64Array;
      for (let r = 0; r < rows.length; r++) {
        const list: Neighbour[] = [];
        for (let j = 0; j < take; j++) list.push({ index: Number(indices[r * take + j]), score: values[r * take + j] });
        out.push(list);
      }
      result.values.dispose();
      result.indices.dispose();
    }
    return out;
  }

  release(): Promise<void> {
    return this.session.release();
  }
}
