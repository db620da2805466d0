// What two to five roles share and what is theirs alone, in concept space: ESCO "Python (computer
// programming)" and O*NET Python are one shared requirement. Lists name each role's own nodes.
import { byText, type RoleProfile } from './profile.js';
import { jaccard, weightedJaccard } from './similarity.js';

export type Facet = 'skills' | 'tools' | 'practices' | 'metrics' | 'collaborators';
export const FACETS: readonly Facet[] = ['skills', 'tools', 'practices', 'metrics', 'collaborators'];

export type FacetIds = Record<Facet, string[]>;

/** Maps a role's own requirement node to its concept; -1 for a node outside the space. */
export type ConceptOf = (facet: 'skills' | 'tools' | 'practices', id: string) => number;

export interface Comparison {
  /** What every role has, as the first role's nodes, strongest first. */
  shared: FacetIds;
  /** Per role (in the order given): what no other compared role has, strongest first. */
  unique: Array<{ role: string } & FacetIds>;
  /** Mean over pairs of |A∩B| / |A∪B| over requirement concepts. */
  jaccard: number;
  /** Mean over pairs of the weighted Jaccard over w(r, c). */
  weightedSimilarity: number;
  sharedSkillCount: number;
  unionSkillCount: number;
}

function facetNodes(p: RoleProfile, facet: Facet): string[] {
  return facet === 'skills' ? [...p.skills.keys()] : [...p[facet]];
}

export function compareProfiles(profiles: readonly RoleProfile[], w: readonly Float64Array[], conceptOf: ConceptOf): Comparison {
  if (profiles.length < 2) throw new Error('compareProfiles needs at least two roles');
  // Each role's weight per concept, to test membership and order lists.
  const weightOf = profiles.map((p, r) => new Map(Array.from(p.needs.concepts, (c, i) => [c, w[r][i]])));
  const keyOf = (facet: Facet, id: string): string => {
    if (facet === 'metrics' || facet === 'collaborators') return `${facet}:${id}`;
    const c = conceptOf(facet, id);
    return c < 0 ? `${facet}:${id}` : `c:${c}`;
  };
  const strength = (r: number, facet: Facet, id: string): number => {
    if (facet === 'metrics' || facet === 'collaborators') return 0;
    const c = conceptOf(facet, id);
    return c < 0 ? 0 : weightOf[r].get(c) ?? 0;
  };
  /** A shared requirement is as strong as the role that weighs it least. */
  const weakest = (facet: Facet, id: string) => Math.min(...profiles.map((_, r) => strength(r, facet, id)));
  const shared = {} as FacetIds;
  const unique = profiles.map((p) => ({ role: p.id }) as { role: string } & FacetIds);
  const keySets = profiles.map((p) => new Set(FACETS.flatMap((f) => facetNodes(p, f).map((id) => keyOf(f, id)))));
  for (const facet of FACETS) {
    const first = facetNodes(profiles[0], facet);
    const seen = new Set<string>();
    shared[facet] = first
      .filter((id) => {
        const key = keyOf(facet, id);
        if (seen.has(key) || !keySets.every((s) => s.has(key))) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => weakest(facet, b) - weakest(facet, a) || byText(a, b));
    profiles.forEach((p, r) => {
      unique[r][facet] = facetNodes(p, facet)
        .filter((id) => keySets.every((s, j) => j === r || !s.has(keyOf(facet, id))))
        .sort((a, b) => strength(r, facet, b) - strength(r, facet, a) || byText(a, b));
    });
  }
  let j = 0;
  let wj = 0;
  let pairs = 0;
  for (let x = 0; x < profiles.length; x++) {
    for (let y = x + 1; y < profiles.length; y++) {
      j += jaccard(profiles[x].needs, profiles[y].needs);
      wj += weightedJaccard(profiles[x].needs, w[x], profiles[y].needs, w[y]);
      pairs++;
    }
  }
  const union = new Set(profiles.flatMap((p) => [...p.needs.concepts]));
  const sharedCount = [...union].filter((c) => weightOf.every((m) => m.has(c))).length;
  return { shared, unique, jaccard: j / pairs, weightedSimilarity: wj / pairs, sharedSkillCount: sharedCount, unionSkillCount: union.size };
}
