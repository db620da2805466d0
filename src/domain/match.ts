// A person's skills and tools against every role (matchRoles), in concept space.
//   recall     how much of the role the profile covers: Σ w(r, c) × credit(c) / Σ w(r, c) over the
//              role's requirements the profile can speak to: a profile names skills and tools, never
//              practices, so practice-only requirements are left out of both sums, and tool-only ones too
//              when the profile names no tools
//   precision  how much of the profile the role uses: Σ s(p) × credit_r(p) / Σ s(p) over profile concepts
//   score      F1 = 2 × precision × recall / (precision + recall)
// So a role's own requirements rank that role first, and a role using one of the profile's skills does
// not outrank one using all of them.
import { coverage, FROM_SKILL, FROM_TOOL, type Needs } from './concepts.js';
import { byNameThenId, type RoleProfile } from './profile.js';
import type { SimilarityIndex } from './similarity.js';

export interface Profile {
  /** The person's concepts. */
  concepts: ReadonlySet<number>;
  /** Whether the profile names tools at all. */
  hasTools: boolean;
}

export interface RoleMatchResult {
  index: number;
  id: string;
  score: number;
  /** The recall: share of the role's weighted requirements the profile covers. */
  coverage: number;
  precision: number;
}

/** Recall and precision of one role for one profile. */
export function matchRole(person: Profile, role: RoleProfile, w: Float64Array, index: Pick<SimilarityIndex, 'space'>): { recall: number; precision: number } {
  const { space } = index;
  const needs: Needs = role.needs;
  const { credit } = coverage(needs, person.concepts, space);
  const spoken = FROM_SKILL | (person.hasTools ? FROM_TOOL : 0);
  let total = 0;
  let met = 0;
  for (let i = 0; i < needs.concepts.length; i++) {
    if ((needs.from[i] & spoken) === 0) continue;
    total += w[i];
    met += w[i] * credit[i];
  }
  const roleSet = new Set(needs.concepts);
  let used = 0;
  let all = 0;
  for (const p of person.concepts) {
    const s = space.specificity[p];
    all += s;
    if (roleSet.has(p)) {
      used += s;
      continue;
    }
    let best = 0;
    for (let k = space.start[p]; k < space.start[p + 1]; k++) if (space.credit[k] > best && roleSet.has(space.neighbour[k])) best = space.credit[k];
    used += s * best;
  }
  return { recall: total === 0 ? 0 : met / total, precision: all === 0 ? 0 : used / all };
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Roles `allow` admits, ranked by F1 (then recall, then name and id); roles the profile does not touch
 * are left out. Candidates are the roles in the postings of the profile's concepts and their neighbours,
 * so the cost follows the roles the profile reaches.
 */
export function rankMatches(person: Profile, index: SimilarityIndex, first: number, allow?: (i: number) => boolean): RoleMatchResult[] {
  const { space, postStart, postRole, profiles } = index;
  const touched = new Set<number>();
  const reach = (c: number) => {
    for (let k = postStart[c]; k < postStart[c + 1]; k++) touched.add(postRole[k]);
  };
  for (const c of person.concepts) {
    reach(c);
    for (let k = space.start[c]; k < space.start[c + 1]; k++) reach(space.neighbour[k]);
  }
  const scored: RoleMatchResult[] = [];
  for (const r of touched) {
    if (allow && !allow(r)) continue;
    const { recall, precision } = matchRole(person, profiles[r], index.w[r], index);
    const score = f1(precision, recall);
    if (score > 0) scored.push({ index: r, id: profiles[r].id, score, coverage: recall, precision });
  }
  return scored.sort((a, b) => b.score - a.score || b.coverage - a.coverage || byNameThenId(profiles[a.index], profiles[b.index])).slice(0, first);
}
