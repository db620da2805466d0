// What a move from one role to another asks for, in concept space: transferable skills (met by the same
// concept, whichever source names it), what to learn (with partial credit for related concepts) and in
// which order, how much of the target is already covered and how much effort the rest is.
import { coverage, type ConceptSpace, type Needs } from './concepts.js';
import { byText, MAX_IMPORTANCE } from './profile.js';

/** A "learn `before` ahead of `after`" pair: PREREQUISITE_OF a→b gives [a, b]; BROADER child→parent gives [parent, child]. */
export type OrderPair = readonly [before: string, after: string];
/** The same pairs indexed by `after`: skill → the skills to learn before it, in pair order. */
export type OrderIndex = ReadonlyMap<string, readonly string[]>;

/** Indexes order pairs once, so a gap looks up its own skills instead of scanning every pair of the graph. */
export function orderIndex(pairs: readonly OrderPair[]): OrderIndex {
  const index = new Map<string, string[]>();
  for (const [before, after] of pairs) {
    const list = index.get(after);
    if (list) list.push(before);
    else index.set(after, [before]);
  }
  return index;
}

export interface SkillToLearn {
  id: string;
  importance: number;
  /** 0, or the partial credit a related concept the holder has gives it (see via). */
  credit: number;
  /** The holder's concept that gives the credit, or -1. */
  via: number;
}

export interface SkillGapResult {
  /** Target skills the holder already meets, strongest first. */
  transferable: string[];
  /** Target skills not fully met, most to gain first: w × (1 − credit). */
  toLearn: SkillToLearn[];
  /** Target tools not fully met, strongest first. */
  toolsToLearn: string[];
  /** Target tools the holder already meets. */
  transferableTools: string[];
  /** toLearn in a topological order over the order pairs among them (see learningOrder). */
  learningOrder: string[];
  /** Share of the target's weighted requirements met, in [0, 1]; null when the target has no requirement data. */
  coverage: number | null;
  /** What is missing, in units of one importance-5, fully specific skill; null with coverage. */
  effort: number | null;
}

/** Whoever holds requirements: a role, or a person's profile, as a set of concepts. */
export type Holder = ReadonlySet<number>;

/** Coverage and effort only, from the needs: what path search prices every candidate step with. */
export function gapCost(from: Holder, to: Needs, space: ConceptSpace): { coverage: number | null; effort: number } {
  if (to.concepts.length === 0) return { coverage: null, effort: 0 };
  const { credit } = coverage(to, from, space);
  let total = 0;
  let met = 0;
  let missing = 0;
  for (let i = 0; i < to.concepts.length; i++) {
    const s = space.specificity[to.concepts[i]];
    total += to.base[i] * s;
    met += to.base[i] * s * credit[i];
    missing += to.base[i] * (1 - credit[i]) * s;
  }
  return { coverage: total === 0 ? null : met / total, effort: missing / MAX_IMPORTANCE };
}

/** The target's own nodes with their concepts, for naming the gap. */
export interface TargetNodes {
  skills: ReadonlyMap<string, number>;
  tools: ReadonlySet<string>;
  conceptOf(facet: 'skills' | 'tools', id: string): number;
}

export function skillGap(from: Holder, to: Needs, nodes: TargetNodes, space: ConceptSpace, order: readonly OrderPair[] | OrderIndex = []): SkillGapResult {
  const { credit, via } = coverage(to, from, space);
  const at = new Map(Array.from(to.concepts, (c, i) => [c, i]));
  const entry = (facet: 'skills' | 'tools', id: string) => {
    const i = at.get(nodes.conceptOf(facet, id));
    return i === undefined ? null : { credit: credit[i], via: via[i], w: to.base[i] * space.specificity[to.concepts[i]] };
  };
  const skills = [...nodes.skills].map(([id, importance]) => ({ id, importance, ...(entry('skills', id) ?? { credit: 0, via: -1, w: importance }) }));
  const tools = [...nodes.tools].map((id) => ({ id, ...(entry('tools', id) ?? { credit: 0, via: -1, w: 0 }) }));
  const byGain = (a: { w: number; credit: number; id: string }, b: { w: number; credit: number; id: string }) => b.w * (1 - b.credit) - a.w * (1 - a.credit) || byText(a.id, b.id);
  const byWeight = (a: { w: number; id: string }, b: { w: number; id: string }) => b.w - a.w || byText(a.id, b.id);
  const toLearn = skills.filter((s) => s.credit < 1).sort(byGain).map(({ id, importance, credit: c, via: v }) => ({ id, importance, credit: c, via: v }));
  const cost = gapCost(from, to, space);
  return {
    transferable: skills.filter((s) => s.credit >= 1).sort(byWeight).map((s) => s.id),
    toLearn,
    toolsToLearn: tools.filter((t) => t.credit < 1).sort(byGain).map((t) => t.id),
    transferableTools: tools.filter((t) => t.credit >= 1).sort(byWeight).map((t) => t.id),
    learningOrder: learningOrder(toLearn.map((s) => s.id), order),
    coverage: cost.coverage,
    effort: cost.coverage === null ? null : cost.effort,
  };
}

/**
 * A topological order of `skills` (given in priority order) over the order pairs whose both ends are
 * among them. Each skill's level is the number of edges on the longest simple chain of pairs ending at
 * it; skills are sorted by level, then by their given priority. If a→b then level(b) > level(a), so
 * prerequisites come first; on a cycle no chain repeats a skill, so cycles end the chain instead of
 * looping, and the order stays deterministic.
 */
export function learningOrder(skills: readonly string[], order: readonly OrderPair[] | OrderIndex): string[] {
  const priority = new Map(skills.map((id, i) => [id, i]));
  const index = Array.isArray(order) ? orderIndex(order as readonly OrderPair[]) : (order as OrderIndex);
  const before = new Map<string, string[]>();
  for (const a of skills) {
    for (const b of index.get(a) ?? []) {
      if (b === a || !priority.has(b)) continue;
      const list = before.get(a) ?? [];
      if (!list.includes(b)) list.push(b);
      before.set(a, list);
    }
  }
  const level = new Map(skills.map((id) => [id, longestChainTo(id, before, new Set([id]))]));
  return [...skills].sort((a, b) => level.get(a)! - level.get(b)! || priority.get(a)! - priority.get(b)!);
}

function longestChainTo(node: string, before: ReadonlyMap<string, readonly string[]>, onPath: Set<string>): number {
  let best = 0;
  for (const prev of before.get(node) ?? []) {
    if (onPath.has(prev)) continue;
    onPath.add(prev);
    best = Math.max(best, 1 + longestChainTo(prev, before, onPath));
    onPath.delete(prev);
  }
  return best;
}
