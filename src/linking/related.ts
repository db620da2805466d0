// Concepts that are close but not one (PostgreSQL and MySQL, "Kubernetes" and "manage container
// orchestration", ESCO's "use databases" and "data models"): each skill's and tool's nearest embedding
// neighbours with a cosine of at least 0.7, outside its own cluster. The analytics give them partial
// credit (src/analytics/credit.ts).
import { nearestConcepts } from '../semantic/nearest.js';
import type { Graph } from '../store/graph.js';
import type { ConceptRecord } from './concepts.js';
import { pairKey } from './overrides.js';
import type { VectorTable } from './vectors.js';

/** Neighbours looked at per concept, and the least cosine that makes one related. */
export const RELATED = { k: 6, minScore: 0.7 } as const;
const QUERY_BATCH = 250;

export interface RelatedPair {
  a: string;
  aLabel: string;
  b: string;
  bLabel: string;
  score: number;
}

export async function relatedConcepts(graph: Graph, concepts: readonly ConceptRecord[], vectors: VectorTable, representative: ReadonlyMap<string, string>, onBatch?: (done: number) => void): Promise<RelatedPair[]> {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const clusterOf = (id: string) => representative.get(id) ?? id;
  const askers = concepts.filter((c) => c.label !== 'Practice' && c.roles > 0 && vectors.has(c.label, c.id));
  const pairs = new Map<string, RelatedPair>();
  for (let start = 0; start < askers.length; start += QUERY_BATCH) {
    const batch = askers.slice(start, start + QUERY_BATCH);
    // One more than k: the concept itself comes back first.
    const hits = await nearestConcepts(graph, batch.map((c) => vectors.get(c.label, c.id)!), { k: RELATED.k + 1, kinds: ['Skill', 'Tool'] });
    batch.forEach((c, i) => {
      for (const h of hits[i]) {
        const other = byId.get(h.id);
        if (!other || h.score < RELATED.minScore || clusterOf(other.id) === clusterOf(c.id) || other.roles === 0) continue;
        const key = pairKey(c.id, other.id);
        if (pairs.has(key)) continue;
        const [x, y] = c.id < other.id ? [c, other] : [other, c];
        pairs.set(key, { a: x.id, aLabel: x.label, b: y.id, bLabel: y.label, score: h.score });
      }
    });
    onBatch?.(Math.min(start + QUERY_BATCH, askers.length));
  }
  return [...pairs.values()];
}
