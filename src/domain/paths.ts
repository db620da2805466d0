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

export function stepCost(effort: number, basis: MoveBasis): number {
  return MOVE_MULTIPLIER[basis] * (STEP_BASE + effort);
}

export interface MoveEdge {
  to: string;
  cost: number;
  stated: boolean;
  kind: string;
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
 * A path never revisits a role and stops at `to`; at the last allowed step only the move into `to` is tried.
 * Returns [] when from = to or nothing is reachable within maxSteps.
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
  const queue = new Heap<Partial>(comparePartial);
  queue.push({ steps: [], cost: 0, nodes: [from] });
  let popped = 0;
  for (let p = queue.pop(); p !== undefined && found.length < first; p = queue.pop()) {
    if (interrupt && (++popped & 255) === 0) interrupt();
    const at = p.nodes[p.nodes.length - 1];
    if (at === to) {
      found.push({ steps: p.steps, totalCost: p.cost });
      continue;
    }
    const last = p.steps.length === maxSteps - 1;
    const nextIsLast = p.steps.length === maxSteps - 2;
    for (const move of movesFrom(at)) {
      if (move.cost < 0) throw new Error(`Negative step cost ${at} → ${move.to}`);
      if (last ? move.to !== to : p.nodes.includes(move.to)) continue;
      // a path whose next move must be its last can only finish if that role moves into `to`: skip the
      // rest now instead of queueing them (it keeps unreachable targets cheap at maxSteps 4)
      if (nextIsLast && move.to !== to && !movesFrom(move.to).some((m) => m.to === to)) continue;
      queue.push({ steps: [...p.steps, { from: at, ...move }], cost: p.cost + move.cost, nodes: [...p.nodes, move.to] });
    }
  }
  return found;
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
