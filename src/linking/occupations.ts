// ESCO and O*NET describe many of the same occupations: each O*NET occupation is linked to the ESCO
// occupation nearest to it by title and description (role embeddings), when near enough. Curated roles
// keep their reviewed crosswalk
// (data/crosswalk.yaml). The links let a role one source leaves without skill data borrow another's.
import type { Graph } from '../store/graph.js';
import { cypher } from '../store/cypherFiles.js';
import type { VectorTable } from './vectors.js';

export interface OccupationLink {
  from: string;
  to: string;
  score: number;
  match: 'close' | 'broad';
}

/**
 * A pair of occupations that are each other's nearest across the two sources, with a text cosine of at
 * least `closeScore`, is one occupation under two names (match: close); an O*NET occupation's nearest ESCO
 * occupation is otherwise linked as broad when the cosine is at least `broadScore` (docs/linking.md).
 */
export const OCCUPATION_LINK = { closeScore: 0.6, broadScore: 0.75 } as const;

interface RoleRow {
  id: string;
  origin: string;
  name: string;
}

/** O*NET occupations linked to ESCO ones (compared directly: a thousand by three thousand). */
export async function linkOccupations(graph: Graph, vectors: VectorTable): Promise<OccupationLink[]> {
  const roles = (await graph.read(cypher('linking/roles'))) as RoleRow[];
  const esco = roles.filter((r) => r.origin === 'esco' && vectors.has('Role', r.id));
  const onet = roles.filter((r) => r.origin === 'onet' && vectors.has('Role', r.id));
  const bestEsco = onet.map(() => ({ at: -1, score: -1 }));
  const bestOnet = esco.map(() => ({ at: -1, score: -1 }));
  onet.forEach((o, i) => {
    esco.forEach((e, j) => {
      const s = vectors.cosine('Role', o.id, 'Role', e.id);
      if (s > bestEsco[i].score) bestEsco[i] = { at: j, score: s };
      if (s > bestOnet[j].score) bestOnet[j] = { at: i, score: s };
    });
  });
  const out: OccupationLink[] = [];
  onet.forEach((o, i) => {
    const { at, score } = bestEsco[i];
    if (at < 0) return;
    const mutual = bestOnet[at].at === i;
    if (mutual && score >= OCCUPATION_LINK.closeScore) out.push({ from: o.id, to: esco[at].id, score, match: 'close' });
    else if (score >= OCCUPATION_LINK.broadScore) out.push({ from: o.id, to: esco[at].id, score, match: 'broad' });
  });
  return out;
}
