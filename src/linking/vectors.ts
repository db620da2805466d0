// Every concept's and role's embedding, loaded once per linking run into one typed array, for the
// pairwise comparisons the linker makes, and exact neighbour searches among some of those concepts.
import { EMBEDDING_DIMENSIONS } from '../semantic/embedder.js';
import { ExactNearest } from '../semantic/exactNearest.js';
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

/** Exact nearest neighbours among a pool of concepts (those the table has a vector for). */
export class ConceptSearch<C extends { id: string; label: string }> {
  private constructor(private readonly vectors: VectorTable, private readonly pool: readonly C[], private readonly search: ExactNearest) {}

  static async among<C extends { id: string; label: string }>(vectors: VectorTable, concepts: readonly C[], threads = 2): Promise<ConceptSearch<C>> {
    const pool = concepts.filter((c) => vectors.has(c.label, c.id));
    return new ConceptSearch(vectors, pool, await ExactNearest.over(pool.map((c) => vectors.get(c.label, c.id)!), { threads }));
  }

  /** Each asker's k nearest concepts of the pool, best first ([] for an asker without a vector). */
  async nearest<A extends { id: string; label: string }>(askers: readonly A[], k: number): Promise<{ concept: C; score: number }[][]> {
    const present = askers.flatMap((a, i) => {
      const v = this.vectors.get(a.label, a.id);
      return v ? [{ i, v }] : [];
    });
    const lists = await this.search.nearest(present.map((p) => p.v), k);
    const out: { concept: C; score: number }[][] = askers.map(() => []);
    present.forEach(({ i }, j) => { out[i] = lists[j].map((n) => ({ concept: this.pool[n.index], score: n.score })); });
    return out;
  }

  release(): Promise<void> {
    return this.search.release();
  }
}
