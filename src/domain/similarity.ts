// How alike roles are. Two signals, each in [0, 1] (docs/analytics.md, "Similar roles"):
//   graph  the soft cosine of the two roles' weight vectors in concept space: shared concepts count by
//          weight × specificity, related concepts by their partial credit
//   text   the cosine of the roles' title-and-description embeddings, rescaled from [TEXT_FLOOR, 1] to [0, 1]
// score = GRAPH_SHARE × graph + (1 − GRAPH_SHARE) × text, or the one signal a role has.
import { groupDot, groupWeights, softDot, softNorm, weightMap, weights, type ConceptSpace, type Needs } from './concepts.js';
import { byNameThenId, byText, type RoleProfile } from './profile.js';

/** The weight of the graph signal in the blend; chosen on half the O*NET occupations (docs/quality.md). */
export const GRAPH_SHARE = 0.5;
/** Embedding cosines at or below this carry no similarity (unrelated titles score about 0.2–0.3). */
export const TEXT_FLOOR = 0.3;

/** Everything similarity needs about every role, computed once per projection. */
export interface SimilarityIndex {
  profiles: readonly RoleProfile[];
  space: ConceptSpace;
  /** w(r, c) per role, aligned with its needs; and the weights of its groups. */
  w: readonly Float64Array[];
  gw: readonly Float64Array[];
  /** ‖r‖ under S per role. */
  norm: Float64Array;
  /** Per concept, the roles requiring it and their weight (compressed rows). */
  postStart: Int32Array;
  postRole: Int32Array;
  postWeight: Float64Array;
  /** Per group, the roles weighing it and their weight (compressed rows). */
  groupPostStart: Int32Array;
  groupPostRole: Int32Array;
  groupPostWeight: Float64Array;
  /** Title-and-description embeddings, one row per role (zeros where `hasText` is 0). */
  text: Float32Array;
  hasText: Uint8Array;
  dim: number;
}

/** Compressed postings: per key, the roles that have it and their weight. */
function postings(size: number, profiles: readonly RoleProfile[], keysOf: (p: RoleProfile) => Int32Array, w: readonly Float64Array[]) {
  const start = new Int32Array(size + 1);
  for (const p of profiles) for (const k of keysOf(p)) start[k + 1]++;
  for (let k = 0; k < size; k++) start[k + 1] += start[k];
  const fill = start.slice(0, size);
  const role = new Int32Array(start[size]);
  const weight = new Float64Array(start[size]);
  profiles.forEach((p, r) => {
    keysOf(p).forEach((k, i) => {
      role[fill[k]] = r;
      weight[fill[k]++] = w[r][i];
    });
  });
  return { start, role, weight };
}

export function buildSimilarityIndex(profiles: readonly RoleProfile[], space: ConceptSpace, text?: { vectors: Float32Array; has: Uint8Array; dim: number }): SimilarityIndex {
  const w = profiles.map((p) => weights(p.needs, space));
  const gw = profiles.map((p) => groupWeights(p.needs, space));
  const concepts = postings(space.count, profiles, (p) => p.needs.concepts, w);
  const groups = postings(space.groupCount, profiles, (p) => p.needs.groups, gw);
  const index: SimilarityIndex = {
    profiles,
    space,
    w,
    gw,
    norm: new Float64Array(profiles.length),
    postStart: concepts.start,
    postRole: concepts.role,
    postWeight: concepts.weight,
    groupPostStart: groups.start,
    groupPostRole: groups.role,
    groupPostWeight: groups.weight,
    text: text?.vectors ?? new Float32Array(0),
    hasText: text?.has ?? new Uint8Array(profiles.length),
    dim: text?.dim ?? 0,
  };
  profiles.forEach((p, r) => {
    index.norm[r] = softNorm(p.needs, w[r], gw[r], space);
  });
  return index;
}

export interface Similar {
  index: number;
  id: string;
  score: number;
  graph: number;
  text: number;
}

function textCosine(index: SimilarityIndex, a: number, b: number): number {
  const { text, dim } = index;
  let s = 0;
  for (let i = 0, p = a * dim, q = b * dim; i < dim; i++) s += text[p + i] * text[q + i];
  return s;
}

/** The blend of the two signals for a pair, given what each role has. */
export function blend(graph: number | null, text: number | null): number {
  if (graph === null && text === null) return 0;
  if (graph === null) return text!;
  if (text === null) return graph;
  return GRAPH_SHARE * graph + (1 - GRAPH_SHARE) * text;
}

/** A text cosine on the [0, 1] scale of the graph signal: TEXT_FLOOR and below carry nothing. */
export const rescaleText = (cos: number) => Math.max(0, (cos - TEXT_FLOOR) / (1 - TEXT_FLOOR));

/**
 * Every other role that `allow` admits, with a score of at least `minScore`, best first (ties: name, id).
 * Never the role itself.
 */
export function rankSimilar(index: SimilarityIndex, target: number, opts: { minScore?: number; allow?: (i: number) => boolean } = {}): Similar[] {
  const { profiles, norm, hasText } = index;
  const minScore = opts.minScore ?? 0;
  const acc = new Float64Array(profiles.length);
  const aHasNeeds = profiles[target].needs.concepts.length > 0 && norm[target] > 0;
  const aHasText = hasText[target] === 1;
  if (aHasNeeds) {
    const { space, postStart, postRole, postWeight } = index;
    const needs = profiles[target].needs;
    const wa = index.w[target];
    for (let i = 0; i < needs.concepts.length; i++) {
      const c = needs.concepts[i];
      for (let k = postStart[c]; k < postStart[c + 1]; k++) acc[postRole[k]] += wa[i] * postWeight[k];
      for (let n = space.start[c]; n < space.start[c + 1]; n++) {
        const other = space.neighbour[n];
        const f = wa[i] * space.credit[n];
        for (let k = postStart[other]; k < postStart[other + 1]; k++) acc[postRole[k]] += f * postWeight[k];
      }
    }
    const { groupPostStart, groupPostRole, groupPostWeight } = index;
    const ga = index.gw[target];
    for (let i = 0; i < needs.groups.length; i++) {
      const g = needs.groups[i];
      for (let k = groupPostStart[g]; k < groupPostStart[g + 1]; k++) acc[groupPostRole[k]] += ga[i] * groupPostWeight[k];
    }
  }
  const out: Similar[] = [];
  for (let r = 0; r < profiles.length; r++) {
    if (r === target || (opts.allow && !opts.allow(r))) continue;
    const bHasNeeds = profiles[r].needs.concepts.length > 0 && norm[r] > 0;
    const graph = aHasNeeds && bHasNeeds ? Math.min(1, acc[r] / (norm[target] * norm[r])) : null;
    const text = aHasText && hasText[r] === 1 ? rescaleText(textCosine(index, target, r)) : null;
    const score = blend(graph, text);
    if (score <= 0 || score < minScore) continue;
    out.push({ index: r, id: profiles[r].id, score, graph: graph ?? 0, text: text ?? 0 });
  }
  return out.sort((a, b) => b.score - a.score || byNameThenId(profiles[a.index], profiles[b.index]));
}

/** The blended similarity of one pair of roles (what rankSimilar scores it). */
export function pairSimilarity(index: SimilarityIndex, a: number, b: number): number {
  const { profiles, norm, hasText } = index;
  const hasNeeds = (r: number) => profiles[r].needs.concepts.length > 0 && norm[r] > 0;
  const dot = () => softDot(profiles[a].needs, index.w[a], weightMap(profiles[b].needs, index.w[b]), index.space) + groupDot(profiles[a].needs, index.gw[a], profiles[b].needs, index.gw[b]);
  const graph = hasNeeds(a) && hasNeeds(b) ? Math.min(1, dot() / (norm[a] * norm[b])) : null;
  const text = hasText[a] === 1 && hasText[b] === 1 ? rescaleText(textCosine(index, a, b)) : null;
  return blend(graph, text);
}

/** |A∩B| / |A∪B| over two sorted concept lists. */
export function jaccard(a: Needs, b: Needs): number {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.concepts.length && j < b.concepts.length) {
    if (a.concepts[i] === b.concepts[j]) {
      inter++;
      i++;
      j++;
    } else if (a.concepts[i] < b.concepts[j]) i++;
    else j++;
  }
  const union = a.concepts.length + b.concepts.length - inter;
  return union === 0 ? 0 : inter / union;
}

/** Σ min(w) / Σ max(w) over two weight vectors (weighted Jaccard, exact concepts only). */
export function weightedJaccard(a: Needs, wa: Float64Array, b: Needs, wb: Float64Array): number {
  let i = 0;
  let j = 0;
  let min = 0;
  let max = 0;
  while (i < a.concepts.length || j < b.concepts.length) {
    if (j >= b.concepts.length || (i < a.concepts.length && a.concepts[i] < b.concepts[j])) max += wa[i++];
    else if (i >= a.concepts.length || b.concepts[j] < a.concepts[i]) max += wb[j++];
    else {
      min += Math.min(wa[i], wb[j]);
      max += Math.max(wa[i], wb[j]);
      i++;
      j++;
    }
  }
  return max === 0 ? 0 : min / max;
}

/** "A, B and C" */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * One sentence from the data: "A and B share N of M skills and tools (P%), among them X, Y and Z."
 * M is the union of all the roles' requirement concepts, N those every role has, examples the strongest.
 */
export function comparisonSummary(roleNames: readonly string[], shared: number, union: number, examples: readonly string[]): string {
  const who = listPhrase(roleNames);
  if (union === 0) return `${who} list no required skills or tools.`;
  if (shared === 0) return `${who} share none of their ${union} skills and tools.`;
  const pct = Math.round((100 * shared) / union);
  const among = examples.length === 0 ? '' : shared <= examples.length ? `: ${listPhrase(examples)}` : `, among them ${listPhrase(examples)}`;
  return `${who} share ${shared} of ${union} skills and tools (${pct}%)${among}.`;
}

export { byText };
