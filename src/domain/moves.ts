// Where a role can lead: the moves recorded in the graph (CAN_MOVE_TO, from the sources) first,
// then moves inferred from skill similarity.
import { byNameThenId } from './profile.js';

/** The `kind` of a move inferred from similarity rather than recorded in the graph. */
export const SIMILAR_KIND = 'similar';

export interface RecordedMove {
  to: string;
  name: string;
  kind: string;
  /** The source says it in so many words (curated `stated`; imported moves count as stated). */
  stated: boolean;
  /** O*NET's rank among related occupations (1 = closest), when known. */
  rank: number | null;
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
  const stated = rankRecorded(recorded.filter((m) => m.to !== from)).map((m) => ({ id: m.to, kind: m.kind, stated: m.stated, recorded: true, score: m.score }));
  const inferred = inferredMoves(from, recorded, similar, Math.max(0, first - stated.length)).map((c) => ({ id: c.id, kind: SIMILAR_KIND, stated: false, recorded: false, score: c.score }));
  return [...stated, ...inferred].slice(0, first);
}
