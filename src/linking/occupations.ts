// ESCO and O*NET describe many of the same occupations: each O*NET occupation is linked to the ESCO
// occupation nearest to it by title and description (role embeddings), when near enough. Curated roles
// keep their reviewed crosswalk
// (data/crosswalk.yaml). The links let a role one source leaves without skill data borrow another's.
import type { Graph } from '../store/graph.js';
import { cypher } from '../store/cypherFiles.js';
import { ConceptSearch, type VectorTable } from './vectors.js';

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

/** O*NET occupations linked to ESCO ones (each side's exact nearest on the other). */
export async function linkOccupations(graph: Graph, vectors: VectorTable): Promise<OccupationLink[]> {
  const roles = ((await graph.read(cypher('linking/roles'))) as RoleRow[]).map((r) => ({ ...r, label: 'Role' }));
  const esco = roles.filter((r) => r.origin === 'esco' && vectors.has('Role', r.id));
  const onet = roles.filter((r) => r.origin === 'onet' && vectors.has('Role', r.id));
  const nearestOf = async (askers: typeof roles, pool: typeof roles) => {
    const search = await ConceptSearch.among(vectors, pool);
    return (await search.nearest(askers, 1).finally(() => search.release())).map((hits) => hits[0]);
  };
  if (esco.length === 0 || onet.length === 0) return [];
  const [bestEsco, bestOnet] = [await nearestOf(onet, esco), await nearestOf(esco, onet)];
  const escoAt = new Map(esco.map((e, j) => [e, j]));
  const out: OccupationLink[] = [];
  onet.forEach((o, i) => {
    const { concept: e, score } = bestEsco[i];
    const mutual = bestOnet[escoAt.get(e)!].concept === o;
    if (mutual && score >= OCCUPATION_LINK.closeScore) out.push({ from: o.id, to: e.id, score, match: 'close' });
    else if (score >= OCCUPATION_LINK.broadScore) out.push({ from: o.id, to: e.id, score, match: 'broad' });
  });
  return out;
}
