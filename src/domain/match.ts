// A person's skills and tools against every role (matchRoles), in concept space.
//   recall     how much of the role the profile covers: Σ w(r, c) × credit(c) / Σ w(r, c) over the
//              role's requirements the profile can speak to: a profile names skills and tools, never
//              practices, so practice-only requirements are left out of both sums, and tool-only ones too
//              when the profile names no tools
//   precision  how much of the profile the role uses: Σ s(p) × credit_r(p) / Σ s(p) over profile concepts
//   skills     F1 = 2 × precision × recall / (precision + recall)
// So a role's own requirements rank that role first, and a role using one of the profile's skills does
// not outrank one using all of them.
// A profile given as text (a CV, a job ad) says more than the skills read from it: what the job is, in its
// opening and throughout. Then
//   text       the cosine of the text's direction (textDirection) and the role's title-and-description
//              embedding, rescaled as similarRoles does (TEXT_FLOOR and below count nothing)
//   score      TEXT_SKILL_SHARE × F1 + (1 − TEXT_SKILL_SHARE) × text, or F1 for a role with no embedding
// and the roles nearest the text join the candidates even when no skill read from it reaches them (a
// skill the extractor missed must not hide the role the text is about). Measured on the tuning half of the
// labelled texts (docs/quality.md): the role a text was written for among the first 5 for 4 of 10 texts on
// F1 alone, 9 of 10 with the text.
import { coverage, FROM_SKILL, FROM_TOOL, type Needs } from './concepts.js';
import { byNameThenId, type RoleProfile } from './profile.js';
import { rescaleText, type SimilarityIndex } from './similarity.js';

/** The skill F1's share of a text profile's score; the rest is the text's. */
export const TEXT_SKILL_SHARE = 0.3;
/** How many roles nearest a profile text are scored besides those its skills reach. */
export const TEXT_CANDIDATES = 20;

export interface Profile {
  /** The person's concepts. */
  concepts: ReadonlySet<number>;
  /** Whether the profile names tools at all. */
  hasTools: boolean;
  /** A profile read from text: the text's direction in the roles' embedding space (textDirection). */
  text?: Float32Array;
}

export interface RoleMatchResult {
  index: number;
  id: string;
  score: number;
  /** The recall: share of the role's weighted requirements the profile covers. */
  coverage: number;
  precision: number;
  /** The rescaled cosine of the profile text and the role's title and description; null without both. */
  text: number | null;
}

/**
 * The direction of a text given as passages (src/semantic/passages.ts) and their unit embeddings: the opening
 * passage, where a CV or an ad says what the job is, and the mean of all passages weighted by the square root
 * of their length, in equal parts. Not normalised: its dot product with a unit vector is the mean of the two
 * cosines.
 */
export function textDirection(vectors: readonly Float32Array[], lengths: readonly number[]): Float32Array | undefined {
  if (vectors.length === 0) return undefined;
  const dim = vectors[0].length;
  const mean = new Float32Array(dim);
  vectors.forEach((v, i) => {
    const w = Math.sqrt(lengths[i]);
    for (let k = 0; k < dim; k++) mean[k] += w * v[k];
  });
  let norm = 0;
  for (let k = 0; k < dim; k++) norm += mean[k] * mean[k];
  norm = Math.sqrt(norm) || 1;
  const out = new Float32Array(dim);
  for (let k = 0; k < dim; k++) out[k] = 0.5 * vectors[0][k] + (0.5 * mean[k]) / norm;
  return out;
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
 * Roles `allow` admits, ranked by score (then recall, then name and id); roles the profile does not touch
 * are left out. Candidates are the roles in the postings of the profile's concepts and their neighbours,
 * so the cost follows the roles the profile reaches, and for a text profile the TEXT_CANDIDATES roles
 * nearest its text.
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
  const cosines = person.text && index.dim === person.text.length ? textCosines(person.text, index, allow) : undefined;
  if (cosines) for (const r of nearest(cosines, TEXT_CANDIDATES)) touched.add(r);
  const scored: RoleMatchResult[] = [];
  for (const r of touched) {
    if (allow && !allow(r)) continue;
    const { recall, precision } = matchRole(person, profiles[r], index.w[r], index);
    const skills = f1(precision, recall);
    const text = cosines && index.hasText[r] === 1 ? rescaleText(cosines[r]) : null;
    const score = text === null ? skills : TEXT_SKILL_SHARE * skills + (1 - TEXT_SKILL_SHARE) * text;
    if (score > 0) scored.push({ index: r, id: profiles[r].id, score, coverage: recall, precision, text });
  }
  return scored.sort((a, b) => b.score - a.score || b.coverage - a.coverage || byNameThenId(profiles[a.index], profiles[b.index])).slice(0, first);
}

/** The profile text's dot product with every admitted role's embedding (NaN where a role has none or is not admitted). */
function textCosines(direction: Float32Array, index: SimilarityIndex, allow?: (i: number) => boolean): Float64Array {
  const { text, hasText, dim } = index;
  const out = new Float64Array(index.profiles.length).fill(Number.NaN);
  for (let r = 0; r < out.length; r++) {
    if (hasText[r] !== 1 || (allow && !allow(r))) continue;
    let s = 0;
    for (let k = 0, q = r * dim; k < dim; k++) s += direction[k] * text[q + k];
    out[r] = s;
  }
  return out;
}

/** The indexes of the `k` highest values (NaN never), best first. */
function nearest(values: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) continue;
    if (top.length === k && values[i] <= values[top[k - 1]]) continue;
    let j = top.length < k ? top.length : k - 1;
    while (j > 0 && values[top[j - 1]] < values[i]) {
      top[j] = top[j - 1];
      j--;
    }
    top[j] = i;
  }
  return top;
}
