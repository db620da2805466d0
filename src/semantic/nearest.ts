// Nearest concepts to query vectors through the per-kind vector indexes (cypher/semantic/nearest.cypher):
// many vectors in one round trip.
import { cypher } from '../store/cypherFiles.js';
import type { Db as Graph } from '../store/graph.js';
import { CONCEPT_KINDS, type ConceptKind } from './conceptText.js';
import { VECTOR_INDEX } from './schema.js';

export interface NearestOptions {
  /** Hits per query vector (default 10). */
  k?: number;
  /** Kinds to search (default all four). */
  kinds?: readonly ConceptKind[];
  /** Keep only concepts of these origins ('curated', 'esco', 'onet'). */
  origins?: readonly string[];
  /**
   * Neighbours asked of each kind's index per vector. Defaults to k, or 20 k (at least 200) when
   * origins filter the hits, since the filter runs after the index and a rare origin needs a wide net.
   */
  candidates?: number;
}

export interface ConceptHit {
  id: string;
  kind: ConceptKind;
  name: string;
  origin: string | null;
  /** Cosine similarity to the query vector, in [-1, 1]. */
  score: number;
}

export const DEFAULT_K = 10;

/** For each vector, its k nearest concepts, best first; one list per vector, in order. */
export async function nearestConcepts(graph: Graph, vectors: readonly ArrayLike<number>[], opts: NearestOptions = {}): Promise<ConceptHit[][]> {
  if (vectors.length === 0) return [];
  const k = opts.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  const kinds = opts.kinds && opts.kinds.length > 0 ? [...new Set(opts.kinds)] : [...CONCEPT_KINDS];
  for (const kind of kinds) if (!CONCEPT_KINDS.includes(kind)) throw new RangeError(`unknown concept kind ${JSON.stringify(kind)}`);
  const origins = opts.origins && opts.origins.length > 0 ? [...opts.origins] : null;
  const candidates = opts.candidates ?? (origins ? Math.max(200, 20 * k) : k);
  const rows = await graph.read(cypher('semantic/nearest'), {
    vectors: vectors.map((v) => Array.from(v)),
    indexes: kinds.map((kind) => VECTOR_INDEX[kind]),
    candidates,
    k,
    origins,
  });
  const out: ConceptHit[][] = vectors.map(() => []);
  for (const row of rows) out[row.query] = row.hits;
  return out;
}

/** The k nearest concepts to one vector. */
export async function nearestConcept(graph: Graph, vector: ArrayLike<number>, opts: NearestOptions = {}): Promise<ConceptHit[]> {
  return (await nearestConcepts(graph, [vector], opts))[0];
}

export interface ConceptRef {
  kind: ConceptKind;
  id: string;
}

/** The stored vectors of concepts, in order; null for a concept that has none (or does not exist). */
export async function conceptVectors(graph: Graph, concepts: readonly ConceptRef[]): Promise<(number[] | null)[]> {
  if (concepts.length === 0) return [];
  const rows = await graph.read(cypher('semantic/concept-vectors'), { concepts: concepts.map(({ kind, id }) => ({ kind, id })) });
  const out: (number[] | null)[] = concepts.map(() => null);
  for (const row of rows) out[row.query] = row.vector;
  return out;
}

/**
 * The k concepts nearest to each given concept, itself left out (embedding neighbours, e.g. for entity
 * resolution). Two round trips whatever the number of concepts; [] for a concept without an embedding.
 */
export async function conceptNeighbours(graph: Graph, concepts: readonly ConceptRef[], opts: NearestOptions = {}): Promise<ConceptHit[][]> {
  const k = opts.k ?? DEFAULT_K;
  const vectors = await conceptVectors(graph, concepts);
  const present = vectors.flatMap((v, i) => (v ? [{ i, v }] : []));
  const lists = await nearestConcepts(graph, present.map((p) => p.v), { ...opts, k: k + 1, candidates: opts.candidates ?? (opts.origins ? undefined : k + 1) });
  const out: ConceptHit[][] = concepts.map(() => []);
  present.forEach(({ i }, j) => {
    const self = concepts[i];
    out[i] = lists[j].filter((h) => !(h.id === self.id && h.kind === self.kind)).slice(0, k);
  });
  return out;
}
