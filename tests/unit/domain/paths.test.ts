import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankNextRoles, type RecordedMove } from '../../../src/domain/moves.js';
import { cheapestPaths, stepCost, type MoveEdge } from '../../../src/domain/paths.js';

function graph(edges: Array<[string, string, number, boolean?, boolean?]>) {
  const out = new Map<string, MoveEdge[]>();
  for (const [from, to, cost, stated = true, free = false] of edges) {
    const edge: MoveEdge = free ? { to, cost, stated: false, kind: 'equivalent', free } : stated ? { to, cost, stated, kind: 'growth' } : { to, cost, stated, kind: 'similar', inferred: true };
    out.set(from, [...(out.get(from) ?? []), edge]);
  }
  return (id: string) => out.get(id) ?? [];
}

describe('the cost model', () => {
  it('makes stated moves cheaper than implied and inferred ones for the same effort', () => {
    expect(stepCost(2, 'stated')).toBe(3);
    expect(stepCost(2, 'stated')).toBeLessThan(stepCost(2, 'recorded'));
    expect(stepCost(2, 'recorded')).toBeLessThan(stepCost(2, 'inferred'));
    expect(stepCost(0, 'stated')).toBeGreaterThan(0);
  });
});

describe('cheapestPaths', () => {
  const moves = graph([
    ['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 3], ['a', 'd', 1], ['d', 'c', 1], ['c', 'a', 1], ['b', 'd', 0.5],
  ]);

  it('returns the cheapest simple paths, sorted, with deterministic ties', () => {
    const paths = cheapestPaths('a', 'c', moves, 3, 5);
    expect(paths.map((p) => [p.steps.map((s) => s.to).join(''), p.totalCost])).toEqual([
      ['bc', 2], ['dc', 2], ['bdc', 2.5], ['c', 3],
    ]);
    expect(paths[0].steps[0]).toEqual({ from: 'a', to: 'b', cost: 1, stated: true, kind: 'growth' });
  });

  it('respects maxSteps and first, and returns [] when unreachable', () => {
    expect(cheapestPaths('a', 'c', moves, 1, 5).map((p) => p.steps.length)).toEqual([1]);
    expect(cheapestPaths('a', 'c', moves, 3, 2)).toHaveLength(2);
    expect(cheapestPaths('a', 'z', moves, 4, 5)).toEqual([]);
    expect(cheapestPaths('a', 'a', moves, 4, 5)).toEqual([]);
    expect(cheapestPaths('b', 'a', graph([['b', 'c', 1], ['c', 'd', 1], ['d', 'a', 1]]), 2, 5)).toEqual([]);
  });

  it('takes steps into the same occupation elsewhere without counting them, never two in a row', () => {
    // a ≡ a2 (another source's name for a), c2 ≡ c; only a2 → c2 is a recorded move.
    const withTwins = graph([['a', 'a2', 0, false, true], ['a2', 'c2', 2], ['c2', 'c', 0, false, true], ['a', 'b', 1], ['b', 'c', 4], ['a2', 'x', 0, false, true], ['x', 'c', 0, false, true]]);
    const paths = cheapestPaths('a', 'c', withTwins, 1, 5);
    expect(paths.map((p) => [p.steps.map((s) => s.to).join(' '), p.totalCost])).toEqual([['a2 c2 c', 2]]);
    expect(paths[0].steps.map((s) => s.free ?? false)).toEqual([true, false, true]);
    // a → a2 → x → c would be three free steps in a row: never a route, even at cost 0.
    expect(cheapestPaths('a', 'c', withTwins, 2, 5).map((p) => p.steps.map((s) => s.to).join(' '))).toEqual(['a2 c2 c', 'b c']);
  });

  it('never takes a free step beside a move inferred from similarity', () => {
    // From a's twin a2 an inferred move reaches c cheaply; from a itself only a dearer recorded one.
    const twins = graph([['a', 'a2', 0, false, true], ['a2', 'c', 1, false], ['a', 'c', 5], ['a', 'b', 1, false], ['b', 'b2', 0, false, true], ['b2', 'c', 1]]);
    expect(cheapestPaths('a', 'c', twins, 2, 5).map((p) => [p.steps.map((s) => s.to).join(' '), p.totalCost])).toEqual([['c', 5]]);
  });

  const edgeArb = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.double({ min: 0, max: 10, noNaN: true }), fc.boolean(), fc.boolean());
  it('paths are simple, within maxSteps, connected, sorted, and total the step costs (property)', () => {
    fc.assert(
      fc.property(fc.array(edgeArb, { maxLength: 25 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }), (edges, maxSteps, first) => {
        const dedup = new Map(edges.filter(([f, t]) => f !== t).map((e) => [`${e[0]}>${e[1]}`, e]));
        const paths = cheapestPaths('a', 'e', graph([...dedup.values()]), maxSteps, first);
        expect(paths.length).toBeLessThanOrEqual(first);
        for (const p of paths) {
          const nodes = ['a', ...p.steps.map((s) => s.to)];
          expect(new Set(nodes).size).toBe(nodes.length);
          expect(p.steps.length).toBeGreaterThan(0);
          expect(p.steps.filter((s) => !s.free).length).toBeLessThanOrEqual(maxSteps);
          p.steps.forEach((s, i) => expect(i === 0 || compatibleSteps(p.steps[i - 1], s)).toBe(true));
          expect(nodes[nodes.length - 1]).toBe('e');
          p.steps.forEach((s, i) => {
            expect(s.from).toBe(nodes[i]);
            expect(s.cost).toBeGreaterThanOrEqual(0);
          });
          expect(p.totalCost).toBe(p.steps.reduce((sum, s) => sum + s.cost, 0));
        }
        for (let i = 1; i < paths.length; i++) expect(paths[i - 1].totalCost).toBeLessThanOrEqual(paths[i].totalCost);
        // the costs are exactly the `first` smallest among all simple paths (brute force)
        const expected = allPathCosts(dedup, maxSteps).sort((x, y) => x - y).slice(0, first);
        expect(paths).toHaveLength(expected.length);
        paths.forEach((p, i) => expect(p.totalCost).toBeCloseTo(expected[i], 9));
        // the cheapest path is no dearer than any direct move
        const direct = dedup.get('a>e');
        if (direct) expect(paths[0].totalCost).toBeLessThanOrEqual(direct[2]);
      }),
    );
  });
});

/**
 * The cost of every simple a→e path with at most maxSteps moves that are not free and no two free steps
 * in a row, by plain enumeration.
 */
function allPathCosts(edges: Map<string, [string, string, number, boolean, boolean]>, maxSteps: number): number[] {
  const costs: number[] = [];
  const walk = (at: string, seen: string[], cost: number, moves: number, last: { free: boolean; inferred: boolean } | null) => {
    if (at === 'e') return void costs.push(cost);
    for (const [f, t, c, stated, free] of edges.values()) {
      const step = { free, inferred: !free && !stated };
      if (f !== at || seen.includes(t) || (last && !compatibleSteps(last, step)) || moves + (free ? 0 : 1) > maxSteps) continue;
      walk(t, [...seen, t], cost + c, moves + (free ? 0 : 1), step);
    }
  };
  walk('a', ['a'], 0, 0, null);
  return costs;
}

/** The rule, restated for the checks: a free step never beside another free step or an inferred move. */
function compatibleSteps(a: { free?: boolean; inferred?: boolean }, b: { free?: boolean; inferred?: boolean }): boolean {
  return !((a.free || b.free) && (a.free ? b.free || b.inferred : a.inferred));
}

describe('rankNextRoles', () => {
  const rec = (to: string, stated: boolean, score: number, rank: number | null = null): RecordedMove => ({ to, name: to.toUpperCase(), kind: 'growth', stated, rank, score });

  it('puts recorded moves first (stated, then rank, then score), then similarity suggestions', () => {
    const out = rankNextRoles('me', [rec('x', false, 0.9), rec('y', true, 0.1), rec('z', true, 0.5), rec('me', true, 1)], [
      { id: 'me', name: 'ME', score: 1 }, { id: 'x', name: 'X', score: 0.9 }, { id: 's', name: 'S', score: 0.7 }, { id: 't', name: 'T', score: 0 },
    ], 10);
    expect(out.map((m) => [m.id, m.recorded, m.stated, m.kind])).toEqual([
      ['z', true, true, 'growth'], ['y', true, true, 'growth'], ['x', true, false, 'growth'], ['s', false, false, 'similar'],
    ]);
    expect(rankNextRoles('me', [rec('y', true, 0.1, 2), rec('z', true, 0.5, 3)], [], 1).map((m) => m.id)).toEqual(['y']);
  });
});
