import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankNextRoles, type RecordedMove } from '../../../src/domain/moves.js';
import { cheapestPaths, stepCost, type MoveEdge } from '../../../src/domain/paths.js';

function graph(edges: Array<[string, string, number, boolean?]>) {
  const out = new Map<string, MoveEdge[]>();
  for (const [from, to, cost, stated = true] of edges) {
    out.set(from, [...(out.get(from) ?? []), { to, cost, stated, kind: stated ? 'growth' : 'similar' }]);
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

  const edgeArb = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.double({ min: 0, max: 10, noNaN: true }), fc.boolean());
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
          expect(p.steps.length).toBeLessThanOrEqual(maxSteps);
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

/** The cost of every simple a→e path with at most maxSteps steps, by plain enumeration. */
function allPathCosts(edges: Map<string, [string, string, number, boolean]>, maxSteps: number): number[] {
  const costs: number[] = [];
  const walk = (at: string, seen: string[], cost: number) => {
    if (at === 'e') return void costs.push(cost);
    if (seen.length - 1 >= maxSteps) return;
    for (const [f, t, c] of edges.values()) if (f === at && !seen.includes(t)) walk(t, [...seen, t], cost + c);
  };
  walk('a', ['a'], 0);
  return costs;
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
