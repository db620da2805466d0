// Where a role can lead: the moves recorded in the graph (CAN_MOVE_TO, from the sources) first,
// then moves inferred from skill similarity.
import { conceptSet, type ConceptSpace } from './concepts.js';
import { gapCost } from './gap.js';
import { stepCost, type MoveBasis, type MoveEdge } from './paths.js';
import { byNameThenId, type RoleProfile } from './profile.js';

/** The `kind` of a move inferred from similarity rather than recorded in the graph. */
export const SIMILAR_KIND = 'similar';
/** The `kind` of a route's free step to the same occupation under another source's name (no job change). */
export const EQUIVALENT_KIND = 'equivalent';

export interface RecordedMove {
  to: string;
  name: string;
  kind: string;
  /** A source article says it in so many words; a dataset's recorded relatedness is not stated. */
  stated: boolean;
  /** O*NET's rank among related occupations (1 = closest), when known. */
  rank: number | null;
  /** O*NET's relatedness tier (Primary-Short, Primary-Long, Supplemental), when known. */
  tier?: string | null;
  /** Weighted similarity between the two roles. */
  score: number;
}

export interface Candidate {
  id: string;
  name: string;
  score: number;
}

export interface CareerMoveResult {
  id: string;
  kind: string;
  stated: boolean;
  tier?: string | null;
  rank?: number | null;
  /** True for a CAN_MOVE_TO edge in the graph, false for a similarity suggestion. */
  recorded: boolean;
  score: number;
}

/** Recorded moves: stated before implied, then O*NET rank, then score, name and id. One per target. */
export function rankRecorded(moves: readonly RecordedMove[]): RecordedMove[] {
  const sorted = [...moves].sort(
    (a, b) => Number(b.stated) - Number(a.stated) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.score - a.score || byNameThenId({ id: a.to, name: a.name }, { id: b.to, name: b.name }),
  );
  const seen = new Set<string>();
  return sorted.filter((m) => !seen.has(m.to) && seen.add(m.to));
}

/**
 * Similar roles that are not already a recorded move (nor the role itself), in the given
 * (similarity) order, keeping those scoring above 0 and at least `minScore`, at most `limit`.
 */
export function inferredMoves(from: string, recorded: readonly RecordedMove[], similar: readonly Candidate[], limit: number, minScore = 0): Candidate[] {
  const skip = new Set([from, ...recorded.map((m) => m.to)]);
  const out: Candidate[] = [];
  for (const c of similar) {
    if (out.length >= limit) break;
    if (c.score > 0 && c.score >= minScore && !skip.has(c.id)) out.push(c);
  }
  return out;
}

/** nextRoles: recorded moves first (rankRecorded), then similarity suggestions, `first` in all. */
export function rankNextRoles(from: string, recorded: readonly RecordedMove[], similar: readonly Candidate[], first: number): CareerMoveResult[] {
  const stated = rankRecorded(recorded.filter((m) => m.to !== from)).map((m) => ({ id: m.to, kind: m.kind, stated: m.stated, tier: m.tier ?? null, rank: m.rank, recorded: true, score: m.score }));
  const inferred = inferredMoves(from, recorded, similar, Math.max(0, first - stated.length)).map((c) => ({ id: c.id, kind: SIMILAR_KIND, stated: false, recorded: false, score: c.score }));
  return [...stated, ...inferred].slice(0, first);
}

/**
 * Which inferred moves the path search may take from a role: its `limit` most similar roles scoring at
 * least `minScore` that are not already a recorded move. nextRoles lists further suggestions; routes only
 * use these, so every step of a route is either recorded or clearly similar.
 */
export const INFERRED_MOVES = { limit: 10, minScore: 0.1 } as const;

/** The path-search edges out of a role: recorded moves priced by basis, then the inferred ones. */
export function pathEdges(from: RoleProfile, recorded: readonly RecordedMove[], similar: readonly Candidate[], profileOf: (id: string) => RoleProfile | undefined, space: ConceptSpace): MoveEdge[] {
  const edges: MoveEdge[] = [];
  const held = conceptSet(from.needs);
  const priced = (to: RoleProfile, basis: MoveBasis) => stepCost(gapCost(held, to.needs, space).effort, basis);
  for (const m of rankRecorded(recorded.filter((r) => r.to !== from.id))) {
    const to = profileOf(m.to);
    if (to) edges.push({ to: m.to, cost: priced(to, m.stated ? 'stated' : 'recorded'), stated: m.stated, kind: m.kind });
  }
  for (const c of inferredMoves(from.id, recorded, similar, INFERRED_MOVES.limit, INFERRED_MOVES.minScore)) {
    const to = profileOf(c.id);
    if (to) edges.push({ to: c.id, cost: priced(to, 'inferred'), stated: false, kind: SIMILAR_KIND, inferred: true });
  }
  return edges;
}
