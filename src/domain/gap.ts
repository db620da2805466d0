// What a move from one role to another asks for: transferable skills, what to learn and in which
// order, how much of the target is already covered and how much effort the rest is.
import { byText, MAX_IMPORTANCE, requirementWeight, TOOL_WEIGHT, type RoleProfile } from './profile.js';

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

export interface SkillGapResult {
  /** Target skills the person already has, by the target's importance, then id. */
  transferable: string[];
  /** Target skills missing, by the target's importance (highest first), then id. */
  toLearn: Array<{ id: string; importance: number }>;
  /** Target tools missing, by id. */
  toolsToLearn: string[];
  /** Target tools already used, by id. */
  transferableTools: string[];
  /** toLearn in a topological order over the order pairs among them (see learningOrder). */
  learningOrder: string[];
  /** Share of the target's weighted requirements already met, in [0, 1]; 1 when the target requires nothing. */
  coverage: number;
  /** Missing weight in units of one importance-5 skill: (Σ importance of skills to learn + TOOL_WEIGHT × tools to learn) / 5. */
  effort: number;
}

/** Whoever holds skills and tools: a role, or a person's profile. */
export interface Holder {
  skills: { has(id: string): boolean };
  tools: { has(id: string): boolean };
}

/** Coverage and effort only: what path search needs for every candidate step. */
export function gapCost(from: Holder, to: Pick<RoleProfile, 'skills' | 'tools'>): { coverage: number; effort: number } {
  let missing = 0;
  for (const [id, imp] of to.skills) if (!from.skills.has(id)) missing += imp;
  for (const id of to.tools) if (!from.tools.has(id)) missing += TOOL_WEIGHT;
  const total = requirementWeight(to);
  return { coverage: total === 0 ? 1 : (total - missing) / total, effort: missing / MAX_IMPORTANCE };
}

export function skillGap(from: Holder, to: Pick<RoleProfile, 'skills' | 'tools'>, order: readonly OrderPair[] | OrderIndex = []): SkillGapResult {
  const ranked = [...to.skills].sort(([a, ia], [b, ib]) => ib - ia || byText(a, b));
  const toLearn = ranked.filter(([id]) => !from.skills.has(id)).map(([id, importance]) => ({ id, importance }));
  const tools = [...to.tools].sort(byText);
  return {
    transferable: ranked.filter(([id]) => from.skills.has(id)).map(([id]) => id),
    toLearn,
    toolsToLearn: tools.filter((t) => !from.tools.has(t)),
    transferableTools: tools.filter((t) => from.tools.has(t)),
    learningOrder: learningOrder(toLearn.map((s) => s.id), order),
    ...gapCost(from, to),
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
