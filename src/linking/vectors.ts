// Every concept's and role's embedding, loaded once per linking run into one typed array, for the
// pairwise comparisons the linker makes (nearest-neighbour search goes through the vector indexes).
import { EMBEDDING_DIMENSIONS } from '../semantic/embedder.js';
import { cypher } from '../store/cypherFiles.js';
import type { Db } from '../store/graph.js';

export class VectorTable {
  private readonly rows = new Map<string, number>();
  private data: Float32Array;
  private size = 0;

  constructor(capacity = 1024) {
    this.data = new Float32Array(capacity * EMBEDDING_DIMENSIONS);
  }

  /** Keyed by kind and id: a role and a skill may share an id. */
  static key(kind: string, id: string): string {
    return `${kind}\u0000${id}`;
  }

  add(kind: string, id: string, vector: ArrayLike<number>): void {
    if ((this.size + 1) * EMBEDDING_DIMENSIONS > this.data.length) {
      const grown = new Float32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data.set(vector, this.size * EMBEDDING_DIMENSIONS);
    this.rows.set(VectorTable.key(kind, id), this.size++);
  }

  has(kind: string, id: string): boolean {
    return this.rows.has(VectorTable.key(kind, id));
  }

  get(kind: string, id: string): Float32Array | undefined {
    const row = this.rows.get(VectorTable.key(kind, id));
    return row === undefined ? undefined : this.data.subarray(row * EMBEDDING_DIMENSIONS, (row + 1) * EMBEDDING_DIMENSIONS);
  }

  /** Cosine of two stored (unit) vectors; NaN when either is missing. */
  cosine(kindA: string, a: string, kindB: string, b: string): number {
    const x = this.rows.get(VectorTable.key(kindA, a));
    const y = this.rows.get(VectorTable.key(kindB, b));
    if (x === undefined || y === undefined) return NaN;
    let s = 0;
    const d = this.data;
    for (let i = 0, p = x * EMBEDDING_DIMENSIONS, q = y * EMBEDDING_DIMENSIONS; i < EMBEDDING_DIMENSIONS; i++) s += d[p + i] * d[q + i];
    return s;
  }

  get count(): number {
    return this.size;
  }
}

export async function loadVectors(graph: Db): Promise<VectorTable> {
  const rows = await graph.read(cypher('linking/vectors'));
  const table = new VectorTable(rows.length + 1);
  for (const r of rows) table.add(String(r.kind), String(r.id), r.vector as number[]);
  return table;
}
