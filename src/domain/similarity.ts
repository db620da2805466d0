// Overlap between roles: Jaccard over required-skill sets, weighted Jaccard over importances,
// multi-role comparison and the ranking behind similarRoles. Pure functions over RoleProfile.
import { byNameThenId, byText, skillWeight, type RoleProfile } from './profile.js';

type Keys = { has(key: string): boolean; readonly size: number; keys(): Iterable<string> };

/** |A∩B| / |A∪B|; 0 when both are empty (no evidence of similarity). */
export function jaccard(a: Keys, b: Keys): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const k of small.keys()) if (large.has(k)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Σ min(a_k, b_k) / Σ max(a_k, b_k) over importances (absent = 0); 0 when both are empty. */
export function weightedJaccard(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let min = 0;
  for (const [k, wa] of a) {
    const wb = b.get(k);
    if (wb !== undefined) min += Math.min(wa, wb);
  }
  const max = skillWeight({ skills: a }) + skillWeight({ skills: b }) - min;
  return max === 0 ? 0 : min / max;
}

/**
 * Skills every one of the roles requires, strongest drivers first: by the smallest importance among
 * the roles, then the summed importance, then id.
 */
export function sharedSkills(skillMaps: ReadonlyArray<ReadonlyMap<string, number>>): string[] {
  const [first, ...rest] = skillMaps;
  const shared: Array<{ id: string; min: number; sum: number }> = [];
  for (const [id, w] of first) {
    let min = w;
    let sum = w;
    let inAll = true;
    for (const m of rest) {
      const o = m.get(id);
      if (o === undefined) { inAll = false; break; }
      min = Math.min(min, o);
      sum += o;
    }
    if (inAll) shared.push({ id, min, sum });
  }
  return shared.sort((x, y) => y.min - x.min || y.sum - x.sum || byText(x.id, y.id)).map((s) => s.id);
}

export type Facet = 'skills' | 'tools' | 'practices' | 'metrics' | 'collaborators';
export const FACETS: readonly Facet[] = ['skills', 'tools', 'practices', 'metrics', 'collaborators'];
export type FacetIds = Record<Facet, string[]>;

export interface Comparison {
  /** Ids every role has, per facet (skills in sharedSkills order, the others by id). */
  shared: FacetIds;
  /** Per role, in input order: ids no other compared role has. */
  unique: Array<{ role: string } & FacetIds>;
  /** Mean pairwise Jaccard over required skills. */
  jaccard: number;
  /** Mean pairwise weighted Jaccard. */
  weightedSimilarity: number;
  /** |skills shared by all| and |union of all skills|, for the summary. */
  sharedSkillCount: number;
  unionSkillCount: number;
}

function facetKeys(p: RoleProfile, facet: Facet): Keys {
  return p[facet];
}

/** Compares two or more roles facet by facet; jaccard and weightedSimilarity are means over all pairs. */
export function compareProfiles(profiles: readonly RoleProfile[]): Comparison {
  if (profiles.length < 2) throw new Error('compareProfiles needs at least two roles');
  const shared = {} as FacetIds;
  const unique = profiles.map((p) => ({ role: p.id }) as { role: string } & FacetIds);
  for (const facet of FACETS) {
    const sets = profiles.map((p) => facetKeys(p, facet));
    shared[facet] = facet === 'skills'
      ? sharedSkills(profiles.map((p) => p.skills))
      : [...sets[0].keys()].filter((k) => sets.every((s) => s.has(k))).sort(byText);
    sets.forEach((set, i) => {
      unique[i][facet] = [...set.keys()].filter((k) => sets.every((s, j) => j === i || !s.has(k))).sort(byText);
    });
  }
  let j = 0;
  let w = 0;
  let pairs = 0;
  for (let x = 0; x < profiles.length; x++) {
    for (let y = x + 1; y < profiles.length; y++) {
      j += jaccard(profiles[x].skills, profiles[y].skills);
      w += weightedJaccard(profiles[x].skills, profiles[y].skills);
      pairs++;
    }
  }
  const union = new Set(profiles.flatMap((p) => [...p.skills.keys()]));
  return { shared, unique, jaccard: j / pairs, weightedSimilarity: w / pairs, sharedSkillCount: shared.skills.length, unionSkillCount: union.size };
}

/** "A, B and C" */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * One sentence from the data: "A and B share N of M skills (P%), among them X, Y and Z."
 * M is the union of all the roles' skills, N those every role requires, examples the strongest shared ones.
 */
export function comparisonSummary(roleNames: readonly string[], shared: number, union: number, examples: readonly string[]): string {
  const who = listPhrase(roleNames);
  if (union === 0) return `${who} list no required skills.`;
  if (shared === 0) return `${who} share none of their ${union} skills.`;
  const pct = Math.round((100 * shared) / union);
  const among = examples.length === 0 ? '' : shared <= examples.length ? `: ${listPhrase(examples)}` : `, among them ${listPhrase(examples)}`;
  return `${who} share ${shared} of ${union} skills (${pct}%)${among}.`;
}

/** Inverted index skill → roles requiring it, for ranking every role against one in one pass. */
export interface SimilarityIndex {
  profiles: readonly RoleProfile[];
  /** Σ importance per role. */
  weights: Float64Array;
  /** Per skill, parallel arrays: the roles (indices into profiles) requiring it and their importance. */
  postings: ReadonlyMap<string, { roles: Int32Array; importances: Float64Array }>;
}

export function buildSimilarityIndex(profiles: readonly RoleProfile[]): SimilarityIndex {
  // Two passes (count, then fill) into typed arrays: no per-link objects on ESCO-size graphs.
  const counts = new Map<string, number>();
  for (const p of profiles) for (const skill of p.skills.keys()) counts.set(skill, (counts.get(skill) ?? 0) + 1);
  const postings = new Map<string, { roles: Int32Array; importances: Float64Array; n: number }>();
  for (const [skill, n] of counts) postings.set(skill, { roles: new Int32Array(n), importances: new Float64Array(n), n: 0 });
  const weights = new Float64Array(profiles.length);
  profiles.forEach((p, i) => {
    for (const [skill, imp] of p.skills) {
      const list = postings.get(skill)!;
      list.roles[list.n] = i;
      list.importances[list.n++] = imp;
      weights[i] += imp;
    }
  });
  return { profiles, weights, postings };
}

export interface Similar {
  index: number;
  id: string;
  /** Weighted Jaccard: the ranking score. */
  score: number;
  jaccard: number;
}

/**
 * Every other role sharing at least one skill with `target` and scoring at least `minScore`, ranked by
 * weighted Jaccard, then Jaccard, then name and id (so ties are deterministic). Never the target itself.
 * A `minScore` above 0 leaves most roles out before the sort (what path search needs).
 */
export function rankSimilar(target: RoleProfile, index: SimilarityIndex, minScore = 0): Similar[] {
  // Dense arrays instead of maps: this loop runs over every posting of every target skill.
  const n = index.profiles.length;
  const minSum = new Float64Array(n);
  const count = new Int32Array(n);
  const touched: number[] = [];
  for (const [skill, imp] of target.skills) {
    const list = index.postings.get(skill);
    if (!list) continue;
    const { roles, importances } = list;
    for (let k = 0; k < roles.length; k++) {
      const role = roles[k];
      const other = importances[k];
      if (count[role] === 0) touched.push(role);
      minSum[role] += imp < other ? imp : other;
      count[role]++;
    }
  }
  const wt = skillWeight(target);
  const out: Similar[] = [];
  for (const role of touched) {
    const p = index.profiles[role];
    if (p.id === target.id) continue;
    const min = minSum[role];
    const score = min / (wt + index.weights[role] - min);
    if (score < minScore) continue;
    const shared = count[role];
    out.push({ index: role, id: p.id, score, jaccard: shared / (target.skills.size + p.skills.size - shared) });
  }
  return out.sort((a, b) => b.score - a.score || b.jaccard - a.jaccard || byNameThenId(index.profiles[a.index], index.profiles[b.index]));
}
