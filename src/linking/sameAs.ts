// Which skills, tools and practices of different sources are one concept: name-key candidates and
// embedding neighbours, decided by match.ts, overridden by reviewed decisions, then clustered.
import type { Embedder } from '../semantic/embedder.js';
import { nearestConcepts } from '../semantic/nearest.js';
import type { Graph } from '../store/graph.js';
import type { ConceptRecord } from './concepts.js';
import { cluster, decide, decideSemantic, lexicalCandidates, type Clustering, type LinkPair, type Similarity } from './match.js';
import { pairKey, type Reviewed } from './overrides.js';
import type { VectorTable } from './vectors.js';

/** The least score an automatic link needs (docs/linking.md: precision ≥ 0.95 on the labelled sample at it). */
export const DEFAULT_THRESHOLD = 0.85;
/** Embedding neighbours asked for each non-ESCO concept when looking for same-concept candidates. */
const SEMANTIC_K = 3;
/** Query vectors per round trip to the vector indexes. */
const QUERY_BATCH = 200;

const bareName = (name: string) => name.replace(/\s*\([^()]*\)\s*$/, '').trim();

/** Cosines of concept texts (stored embeddings) and of bare names (embedded here, once each). */
export async function similarity(vectors: VectorTable, embedder: Embedder, concepts: readonly ConceptRecord[]): Promise<Similarity> {
  const names = [...new Set(concepts.map((c) => bareName(c.name)))];
  const embedded = await embedder.embed(names);
  const byName = new Map(names.map((n, i) => [n, embedded[i]]));
  const labelOf = new Map(concepts.map((c) => [c.id, c.label]));
  return {
    text: (a, b) => vectors.cosine(labelOf.get(a) ?? '', a, labelOf.get(b) ?? '', b),
    name: (a, b) => {
      const x = byName.get(bareName(a.name));
      const y = byName.get(bareName(b.name));
      if (!x || !y) return NaN;
      let s = 0;
      for (let i = 0; i < x.length; i++) s += x[i] * y[i];
      return s;
    },
  };
}

/**
 * Concepts of other sources nearest to each non-ESCO concept. ESCO is the largest source and is reached
 * from the others: the curated graph's and O*NET's few skills are compared with every concept directly;
 * O*NET's thousands of tools ask the skill index (where ESCO's skills are) and are compared directly with
 * the few curated tools and practices.
 */
async function semanticCandidates(graph: Graph, vectors: VectorTable, concepts: readonly ConceptRecord[]): Promise<[ConceptRecord, ConceptRecord][]> {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const out: [ConceptRecord, ConceptRecord][] = [];
  const embedded = concepts.filter((c) => vectors.has(c.label, c.id));
  const nearestAmong = (c: ConceptRecord, pool: readonly ConceptRecord[]) => {
    const scored: [number, ConceptRecord][] = [];
    for (const o of pool) if (o.origin !== c.origin) scored.push([vectors.cosine(c.label, c.id, o.label, o.id), o]);
    return scored.sort((x, y) => y[0] - x[0]).slice(0, SEMANTIC_K).map(([, o]) => o);
  };
  const few = embedded.filter((c) => c.origin !== 'esco' && !(c.origin === 'onet' && c.label === 'Tool'));
  for (const c of few) for (const o of nearestAmong(c, embedded)) out.push([c, o]);
  const curatedTools = embedded.filter((c) => c.origin !== 'esco' && c.origin !== 'onet' && c.label !== 'Skill');
  const onetTools = embedded.filter((c) => c.origin === 'onet' && c.label === 'Tool');
  for (let start = 0; start < onetTools.length; start += QUERY_BATCH) {
    const batch = onetTools.slice(start, start + QUERY_BATCH);
    const hits = await nearestConcepts(graph, batch.map((c) => vectors.get(c.label, c.id)!), { k: SEMANTIC_K, kinds: ['Skill'] });
    batch.forEach((c, i) => {
      for (const h of hits[i]) {
        const other = byId.get(h.id);
        if (other && other.origin !== c.origin) out.push([c, other]);
      }
      for (const o of nearestAmong(c, curatedTools)) out.push([c, o]);
    });
  }
  return out;
}

export interface SameAsResult extends Clustering {
  candidates: { lexical: number; semantic: number };
}

export async function linkSameConcepts(graph: Graph, concepts: readonly ConceptRecord[], vectors: VectorTable, embedder: Embedder, reviewed: Reviewed, threshold = DEFAULT_THRESHOLD): Promise<SameAsResult> {
  const lexical = lexicalCandidates(concepts);
  const semantic = await semanticCandidates(graph, vectors, concepts);
  const sim = await similarity(vectors, embedder, [...lexical.flatMap((c) => [c.a.concept, c.b.concept]), ...semantic.flat()]);
  const rejected = new Set(reviewed.reject.map((r) => pairKey(r.a, r.b)));
  const pairs = new Map<string, LinkPair>();
  const keep = (p: LinkPair | null) => {
    if (!p || rejected.has(pairKey(p.a, p.b))) return;
    const had = pairs.get(pairKey(p.a, p.b));
    if (!had || had.score < p.score) pairs.set(pairKey(p.a, p.b), p);
  };
  for (const c of lexical) keep(decide(c, sim));
  for (const [a, b] of semantic) keep(decideSemantic(a, b, sim));
  for (const r of reviewed.accept) keep({ a: r.a < r.b ? r.a : r.b, b: r.a < r.b ? r.b : r.a, method: 'reviewed', score: 1, evidence: r.why });
  return { ...cluster(concepts, [...pairs.values()], threshold), candidates: { lexical: lexical.length, semantic: semantic.length } };
}
