// Which skills, tools and practices of different sources are one concept: name-key candidates and
// embedding neighbours, decided by match.ts, overridden by reviewed decisions, then clustered.
import type { Embedder } from '../semantic/embedder.js';
import type { ConceptRecord } from './concepts.js';
import { cluster, decide, decideSemantic, lexicalCandidates, SEMANTIC_TEXT_MIN, type Clustering, type LinkPair, type Similarity } from './match.js';
import { pairKey, type Reviewed } from './overrides.js';
import { ConceptSearch, type VectorTable } from './vectors.js';

/** The least score an automatic link needs (docs/linking.md: precision ≥ 0.95 on the labelled sample at it). */
export const DEFAULT_THRESHOLD = 0.85;
/** Embedding neighbours asked for each non-ESCO concept when looking for same-concept candidates. */
const SEMANTIC_K = 3;

const bareName = (name: string) => name.replace(/\s*\([^()]*\)\s*$/, '').trim();

/** Cosines of concept texts (stored embeddings). */
function textSimilarity(vectors: VectorTable, concepts: readonly ConceptRecord[]): Similarity['text'] {
  const labelOf = new Map(concepts.map((c) => [c.id, c.label]));
  return (a, b) => vectors.cosine(labelOf.get(a) ?? '', a, labelOf.get(b) ?? '', b);
}

/** Cosines of the bare names of `named`, embedded here once each; NaN for a concept not among them. */
async function nameSimilarity(embedder: Embedder, named: readonly ConceptRecord[]): Promise<Similarity['name']> {
  const names = [...new Set(named.map((c) => bareName(c.name)))];
  const embedded = await embedder.embed(names);
  const byName = new Map(names.map((n, i) => [n, embedded[i]]));
  return (a, b) => {
    const x = byName.get(bareName(a.name));
    const y = byName.get(bareName(b.name));
    if (!x || !y) return NaN;
    let s = 0;
    for (let i = 0; i < x.length; i++) s += x[i] * y[i];
    return s;
  };
}

/**
 * Concepts of other sources nearest to each non-ESCO concept. ESCO is the largest source and is reached
 * from the others: the curated graph's and O*NET's few skills are compared with every concept directly;
 * O*NET's thousands of tools ask the skill index (where ESCO's skills are) and are compared directly with
 * the few curated tools and practices.
 */
async function semanticCandidates(vectors: VectorTable, concepts: readonly ConceptRecord[]): Promise<[ConceptRecord, ConceptRecord][]> {
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
  const skills = await ConceptSearch.among(vectors, embedded.filter((c) => c.label === 'Skill'));
  const hits = await skills.nearest(onetTools, SEMANTIC_K).finally(() => skills.release());
  onetTools.forEach((c, i) => {
    for (const { concept: other } of hits[i]) if (other.origin !== c.origin) out.push([c, other]);
    for (const o of nearestAmong(c, curatedTools)) out.push([c, o]);
  });
  return out;
}

export interface SameAsResult extends Clustering {
  candidates: { lexical: number; semantic: number };
}

export async function linkSameConcepts(concepts: readonly ConceptRecord[], vectors: VectorTable, embedder: Embedder, reviewed: Reviewed, threshold = DEFAULT_THRESHOLD): Promise<SameAsResult> {
  const lexical = lexicalCandidates(concepts);
  const semantic = await semanticCandidates(vectors, concepts);
  // Names are embedded only where a decision can read them: every name-key candidate, and the embedding
  // candidates whose texts are close enough for decideSemantic to look at their names.
  const text = textSimilarity(vectors, concepts);
  const named = [...lexical.flatMap((c) => [c.a.concept, c.b.concept]), ...semantic.filter(([a, b]) => text(a.id, b.id) >= SEMANTIC_TEXT_MIN).flat()];
  const sim: Similarity = { text, name: await nameSimilarity(embedder, named) };
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
