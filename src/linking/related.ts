// Concepts that are close but not one (PostgreSQL and MySQL, "Kubernetes" and "manage container
// orchestration", ESCO's "use databases" and "data models"): each skill's and tool's nearest embedding
// neighbours with a cosine of at least 0.7, outside its own cluster. The analytics give them partial
// credit (src/analytics/credit.ts).
import type { ConceptRecord } from './concepts.js';
import { pairKey } from './overrides.js';
import { ConceptSearch, type VectorTable } from './vectors.js';

/** Neighbours looked at per concept, and the least cosine that makes one related. */
export const RELATED = { k: 6, minScore: 0.7 } as const;

export interface RelatedPair {
  a: string;
  aLabel: string;
  b: string;
  bLabel: string;
  score: number;
}

export async function relatedConcepts(concepts: readonly ConceptRecord[], vectors: VectorTable, representative: ReadonlyMap<string, string>): Promise<RelatedPair[]> {
  const clusterOf = (id: string) => representative.get(id) ?? id;
  const askers = concepts.filter((c) => c.label !== 'Practice' && c.roles > 0);
  const search = await ConceptSearch.among(vectors, concepts.filter((c) => c.label !== 'Practice'));
  // One more than k: the concept itself comes back first.
  const hits = await search.nearest(askers, RELATED.k + 1).finally(() => search.release());
  const pairs = new Map<string, RelatedPair>();
  askers.forEach((c, i) => {
    for (const { concept: other, score } of hits[i]) {
      if (score < RELATED.minScore || clusterOf(other.id) === clusterOf(c.id) || other.roles === 0) continue;
      const key = pairKey(c.id, other.id);
      if (pairs.has(key)) continue;
      const [x, y] = c.id < other.id ? [c, other] : [other, c];
      pairs.set(key, { a: x.id, aLabel: x.label, b: y.id, bLabel: y.label, score });
    }
  });
  return [...pairs.values()];
}
