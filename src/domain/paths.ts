// Multi-step career routes: the k cheapest simple paths from one role to another within maxSteps.
//
// Cost model (docs/analytics.md): a step costs multiplier × (STEP_BASE + effort of the move), where effort
// is skillGap's effort (the missing weight in importance-5-skill units). STEP_BASE makes every job change
// cost something, so a shorter route wins when learning is equal. The multiplier makes stated moves cheaper
// than recorded-but-implied ones, and both cheaper than moves inferred from similarity.
import { byText } from './profile.js';

export const STEP_BASE = 1;
export const MOVE_MULTIPLIER = { stated: 1, recorded: 1.25, inferred: 1.5 } as const;
export type MoveBasis = keyof typeof MOVE_MULTIPLIER;

/**
 * What a free step (the same occupation under another source's name) costs: not a job change, but a route
 * that switches vocabularies rests on a mapping that is close, not certain, so a direct move of about the
 * same cost wins over a detour through another source (docs/analytics.md).
 */
export const EQUIVALENT_STEP_COST = 0.5;

export function stepCost(effort: number, basis: MoveBasis): number {
  return MOVE_MULTIPLIER[basis] * (STEP_BASE + effort);
}

export interface MoveEdge {
  to: string;
  cost: number;
  stated: boolean;
  kind: string;
  /**
   * No job change: the same occupation under another source's name (ESCO "software developer", O*NET
   * "Software Developers"). It costs what the edge says (EQUIVALENT_STEP_COST from the engine), does not
   * count against maxSteps, and a route takes it only next to a move that is not inferred (never two in
   * a row, never beside an inferred move): it is there to follow what another source records.
   */
  free?: boolean;
  /** A move inferred from similarity, not recorded in the graph. */
  inferred?: boolean;
}

export interface PathStep extends MoveEdge {
  from: string;
}

export interface PathResult {
  steps: PathStep[];
  /** The sum of the step costs, added from the first step to the last. */
  totalCost: number;
}

interface Partial {
  steps: PathStep[];
  cost: number;
  /** Role ids along the path, for the cycle check and the tie-break. */
  nodes: string[];
  /** Steps that are moves (not free). */
  moves: number;
}

/** Cheaper first; equal cost: fewer steps, then the role ids along the path in string order. */
function comparePartial(a: Partial, b: Partial): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  for (let i = 0; i < a.nodes.length; i++) {
    const c = byText(a.nodes[i], b.nodes[i]);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * Best-first search over partial paths: with non-negative costs the partial paths leave the queue in
 * cost order, so the first `first` that reach `to` are the cheapest simple paths, in comparePartial order.
 * A path never revisits a role and stops at `to`; it takes at most maxSteps moves that are not free, and
 * a free step only between moves that are neither free nor inferred (or at an end). Without that rule a
 * route could trade one source's description of a job for another's wherever the other happens to sit
 * closer to the next role, and make an inferred move look cheap. Returns [] when from = to or nothing is
 * reachable within maxSteps.
 */
export function cheapestPaths(
  from: string,
  to: string,
  movesFrom: (id: string) => readonly MoveEdge[],
  maxSteps: number,
  first: number,
  /** Called every few hundred steps; throws to stop a search that ran out of time. */
  interrupt?: () => void,
): PathResult[] {
  const found: PathResult[] = [];
  if (from === to || maxSteps < 1 || first < 1) return found;
  // Both are asked of the same roles again and again in one search: remembered per role.
  const memo = <T>(f: (id: string) => T) => {
    const seen = new Map<string, T>();
    return (id: string) => {
      let v = seen.get(id);
      if (v === undefined) seen.set(id, (v = f(id)));
      return v;
    };
  };
  const freeInto = memo((id) => id === to || movesFrom(id).some((m) => m.free && m.to === to));
  const oneMoveFrom = memo((id) => movesFrom(id).some((m) => (m.free ? movesFrom(m.to).some((n) => !n.free && freeInto(n.to)) : freeInto(m.to))));
  // Whether `to` can still be reached from `id` with `left` (0 or 1) moves: an over-estimate (it ignores
  // which steps may follow which), so skipping what fails it never loses a route; it keeps unreachable targets cheap
  // at maxSteps 4, where most partial paths could only finish through a role that moves into `to`.
  const canFinish = (id: string, left: number): boolean => freeInto(id) || (left > 0 && oneMoveFrom(id));
  const queue = new Heap<Partial>(comparePartial);
  queue.push({ steps: [], cost: 0, nodes: [from], moves: 0 });
  let popped = 0;
  for (let p = queue.pop(); p !== undefined && found.length < first; p = queue.pop()) {
    if (interrupt && (++popped & 255) === 0) interrupt();
    const at = p.nodes[p.nodes.length - 1];
    if (at === to) {
      found.push({ steps: p.steps, totalCost: p.cost });
      continue;
    }
    const previous = p.steps[p.steps.length - 1];
    for (const move of movesFrom(at)) {
      if (move.cost < 0) throw new Error(`Negative step cost ${at} → ${move.to}`);
      if (previous && !compatible(previous, move)) continue;
      if (p.nodes.includes(move.to)) continue;
      const moves = p.moves + (move.free ? 0 : 1);
      if (moves > maxSteps || (move.to !== to && maxSteps - moves <= 1 && !canFinish(move.to, maxSteps - moves))) continue;
      queue.push({ steps: [...p.steps, { from: at, ...move }], cost: p.cost + move.cost, nodes: [...p.nodes, move.to], moves });
    }
  }
  return found;
}

/** Whether a route may take `next` right after `previous`: a free step is never beside another or an inferred move. */
function compatible(previous: MoveEdge, next: MoveEdge): boolean {
  if (previous.free) return !next.free && !next.inferred;
  return !(next.free && previous.inferred);
}

/** A binary min-heap. */
class Heap<T> {
  private items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}

  push(item: T): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.less(a[i], a[parent]) >= 0) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const end = a.pop();
    if (a.length > 0 && end !== undefined) {
      a[0] = end;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.less(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}
