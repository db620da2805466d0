import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapCost, learningOrder, orderIndex, skillGap } from '../../../src/domain/gap.js';
import { rankMatches, matchRole } from '../../../src/domain/match.js';
import { profileArb, profilesArb, role } from './arbitraries.js';

const backend = role('backend', { api: 5, sql: 4, docker: 2 }, ['postgres']);
const platform = role('platform', { k8s: 5, terraform: 4, docker: 3, cloud: 3, api: 1 }, ['aws', 'postgres']);

describe('skillGap', () => {
  it('lists transferable skills, what to learn by importance, tools, coverage and effort', () => {
    const g = skillGap(backend, platform);
    expect(g.transferable).toEqual(['docker', 'api']);
    expect(g.toLearn).toEqual([{ id: 'k8s', importance: 5 }, { id: 'terraform', importance: 4 }, { id: 'cloud', importance: 3 }]);
    expect(g.toolsToLearn).toEqual(['aws']);
    expect(g.transferableTools).toEqual(['postgres']);
    // requirements 5+4+3+3+1 + 2×2 tools = 20; missing 5+4+3 + 2 (aws) = 14
    expect(g.coverage).toBeCloseTo(6 / 20, 12);
    expect(g.effort).toBeCloseTo(14 / 5, 12);
  });

  it('orders learning along prerequisites and from broader to narrower skills', () => {
    // cloud is a prerequisite of k8s; terraform is narrower than cloud (BROADER terraform→cloud gives [cloud, terraform])
    const g = skillGap(backend, platform, [['cloud', 'k8s'], ['cloud', 'terraform'], ['sql', 'k8s']]);
    expect(g.learningOrder).toEqual(['cloud', 'k8s', 'terraform']);
  });

  it('keeps a deterministic order through cycles', () => {
    expect(learningOrder(['a', 'b', 'c'], [['a', 'b'], ['b', 'a'], ['b', 'c']])).toEqual(['a', 'b', 'c']);
    expect(learningOrder(['a', 'b', 'c'], [['c', 'b'], ['b', 'a'], ['a', 'c']])).toEqual(['a', 'b', 'c']);
  });

  it('is a topological order of any acyclic pairs, containing exactly the skills (property)', () => {
    const ids = ['s0', 's1', 's2', 's3', 's4', 's5'];
    const pairArb = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })).filter(([a, b]) => a < b).map(([a, b]) => [ids[a], ids[b]] as const);
    fc.assert(
      fc.property(fc.shuffledSubarray(ids), fc.array(pairArb, { maxLength: 12 }), (skills, pairs) => {
        const order = learningOrder(skills, pairs);
        expect([...order].sort()).toEqual([...skills].sort());
        for (const [a, b] of pairs) if (skills.includes(a) && skills.includes(b)) expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
        expect(learningOrder(skills, [...pairs].reverse())).toEqual(order);
        expect(learningOrder(skills, orderIndex(pairs))).toEqual(order);
      }),
    );
  });

  it('covers a role fully against itself, and scores stay in range (property)', () => {
    fc.assert(
      fc.property(profileArb('a'), profileArb('b'), (a, b) => {
        expect(gapCost(a, a)).toEqual({ coverage: 1, effort: 0 });
        const g = skillGap(a, b);
        expect(g.coverage).toBeGreaterThanOrEqual(0);
        expect(g.coverage).toBeLessThanOrEqual(1);
        expect(g.effort).toBeGreaterThanOrEqual(0);
        expect(g.transferable.length + g.toLearn.length).toBe(b.skills.size);
        for (let i = 1; i < g.toLearn.length; i++) expect(g.toLearn[i - 1].importance).toBeGreaterThanOrEqual(g.toLearn[i].importance);
        expect(g.effort === 0).toBe(g.coverage === 1);
      }),
    );
  });
});

describe('matchRoles', () => {
  it('ranks roles by covered weight with matched and missing skills', () => {
    const person = { skills: new Set(['api', 'sql', 'docker']), tools: new Set(['postgres']) };
    const out = rankMatches(person, [platform, backend, role('design', { ux: 5 })], 10);
    expect(out.map((m) => m.id)).toEqual(['backend', 'platform']);
    expect(out[0]).toMatchObject({ coverage: 1, matched: ['api', 'sql', 'docker'], missing: [], matchedTools: ['postgres'] });
    expect(out[1]).toMatchObject({ matched: ['docker', 'api'], missing: ['k8s', 'terraform', 'cloud'], missingTools: ['aws'] });
    expect(out[1].coverage).toBeCloseTo(6 / 20, 12);
  });

  it('ranks exactly the touched roles by coverage, hits, name, as matching each role would (property)', () => {
    const skillsArb = fc.subarray(['api', 'ci-cd', 'cloud', 'docker', 'go', 'k8s', 'node', 'sql', 'terraform', 'ux']);
    const toolsArb = fc.subarray(['aws', 'github-actions', 'jenkins', 'postgres', 'react']);
    fc.assert(
      fc.property(profilesArb, skillsArb, toolsArb, fc.integer({ min: 1, max: 6 }), (profiles, skills, tools, first) => {
        const person = { skills: new Set(skills), tools: new Set(tools) };
        const brute = profiles
          .map((r) => ({ r, m: matchRole(person, r) }))
          .filter(({ m }) => m.matched.length + m.matchedTools.length > 0)
          .sort((a, b) => b.m.coverage - a.m.coverage || b.m.matched.length + b.m.matchedTools.length - (a.m.matched.length + a.m.matchedTools.length) || (a.r.id < b.r.id ? -1 : 1))
          .slice(0, first)
          .map(({ m }) => m);
        expect(rankMatches(person, profiles, first)).toEqual(brute);
      }),
    );
  });

  it('a role matched against its own requirements has coverage 1 (property)', () => {
    fc.assert(
      fc.property(profileArb('a'), (a) => {
        const m = matchRole({ skills: new Set(a.skills.keys()), tools: a.tools }, a);
        expect(m.coverage).toBe(1);
        expect(m.missing).toEqual([]);
      }),
    );
  });
});
