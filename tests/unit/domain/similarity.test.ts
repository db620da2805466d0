import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSimilarityIndex, compareProfiles, comparisonSummary, jaccard, rankSimilar, sharedSkills, weightedJaccard } from '../../../src/domain/similarity.js';
import { profileArb, profilesArb, role, skillMapArb } from './arbitraries.js';

const backend = role('backend', { api: 5, sql: 4, 'ci-cd': 2, cloud: 2, docker: 2 }, ['aws', 'postgres', 'github-actions']);
const dx = role('dx', { 'ci-cd': 5, cloud: 3, docker: 3, ux: 4 }, ['aws', 'github-actions', 'jenkins']);

describe('jaccard and weighted similarity', () => {
  it('computes |A∩B|/|A∪B| and Σmin/Σmax on an example', () => {
    // shared: ci-cd, cloud, docker (3); union: api, sql, ci-cd, cloud, docker, ux (6)
    expect(jaccard(backend.skills, dx.skills)).toBe(0.5);
    // Σmin = 2+2+2 = 6; Σmax = 5+4+5+3+3+4 = 24
    expect(weightedJaccard(backend.skills, dx.skills)).toBe(0.25);
  });

  it('is 0 for disjoint or empty sets', () => {
    expect(jaccard(new Set(['a']), new Set(['b']))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
    expect(weightedJaccard(new Map(), new Map())).toBe(0);
  });

  it('is symmetric, in [0, 1], and 1 for a non-empty set with itself (property)', () => {
    fc.assert(
      fc.property(skillMapArb, skillMapArb, (a, b) => {
        for (const f of [jaccard, weightedJaccard]) {
          const ab = f(a, b);
          expect(ab).toBe(f(b, a));
          expect(ab).toBeGreaterThanOrEqual(0);
          expect(ab).toBeLessThanOrEqual(1);
          if (a.size > 0) expect(f(a, a)).toBe(1);
        }
        expect(weightedJaccard(a, b)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('weighted similarity is 1 only for equal importances', () => {
    expect(weightedJaccard(new Map([['a', 3]]), new Map([['a', 3]]))).toBe(1);
    expect(weightedJaccard(new Map([['a', 3]]), new Map([['a', 5]]))).toBe(0.6);
  });

  it('orders shared skills by the weakest importance, then the sum, then id', () => {
    expect(sharedSkills([backend.skills, dx.skills])).toEqual(['ci-cd', 'cloud', 'docker']);
  });
});

describe('compareProfiles', () => {
  it('splits each facet into shared and unique', () => {
    const c = compareProfiles([backend, dx]);
    expect(c.shared.skills).toEqual(['ci-cd', 'cloud', 'docker']);
    expect(c.shared.tools).toEqual(['aws', 'github-actions']);
    expect(c.unique[0]).toMatchObject({ role: 'backend', skills: ['api', 'sql'], tools: ['postgres'] });
    expect(c.unique[1]).toMatchObject({ role: 'dx', skills: ['ux'], tools: ['jenkins'] });
    expect(c).toMatchObject({ jaccard: 0.5, weightedSimilarity: 0.25, sharedSkillCount: 3, unionSkillCount: 6 });
  });

  it('uses the mean of the pairs for three roles', () => {
    const sre = role('sre', { cloud: 5, docker: 4, go: 3 });
    const c = compareProfiles([backend, dx, sre]);
    const pairs = [[backend, dx], [backend, sre], [dx, sre]];
    expect(c.jaccard).toBeCloseTo(pairs.reduce((s, [a, b]) => s + jaccard(a.skills, b.skills), 0) / 3, 12);
    expect(c.shared.skills).toEqual(['cloud', 'docker']);
    expect(c.unique[2].skills).toEqual(['go']);
  });

  it('is consistent for any 2–5 roles (property)', () => {
    fc.assert(
      fc.property(profilesArb, (profiles) => {
        const c = compareProfiles(profiles);
        expect(c.jaccard).toBeGreaterThanOrEqual(0);
        expect(c.jaccard).toBeLessThanOrEqual(1);
        expect(c.weightedSimilarity).toBeGreaterThanOrEqual(0);
        expect(c.weightedSimilarity).toBeLessThanOrEqual(1);
        for (const id of c.shared.skills) expect(profiles.every((p) => p.skills.has(id))).toBe(true);
        c.unique.forEach((u, i) => {
          for (const id of u.tools) profiles.forEach((p, j) => expect(p.tools.has(id)).toBe(i === j));
        });
        // input order does not change the scores
        const r = compareProfiles([...profiles].reverse());
        expect(r.jaccard).toBeCloseTo(c.jaccard, 12);
        expect(r.weightedSimilarity).toBeCloseTo(c.weightedSimilarity, 12);
      }),
    );
  });
});

describe('comparisonSummary', () => {
  it('says how many skills are shared, with examples', () => {
    expect(comparisonSummary(['Backend Developer', 'DX Engineer'], 3, 6, ['CI/CD', 'Cloud', 'Docker'])).toBe('Backend Developer and DX Engineer share 3 of 6 skills (50%): CI/CD, Cloud and Docker.');
    expect(comparisonSummary(['A', 'B', 'C'], 5, 20, ['X', 'Y', 'Z'])).toBe('A, B and C share 5 of 20 skills (25%), among them X, Y and Z.');
    expect(comparisonSummary(['A', 'B'], 0, 4, [])).toBe('A and B share none of their 4 skills.');
    expect(comparisonSummary(['A', 'B'], 0, 0, [])).toBe('A and B list no required skills.');
  });
});

describe('rankSimilar', () => {
  it('ranks by weighted similarity, never returns the role itself, breaks ties by name', () => {
    const twin1 = role('t1', { api: 5, sql: 4 }, [], { name: 'Zed' });
    const twin2 = role('t2', { api: 5, sql: 4 }, [], { name: 'Abe' });
    const index = buildSimilarityIndex([backend, dx, twin1, twin2, role('lonely', { ux: 1 })]);
    const ranked = rankSimilar(backend, index);
    expect(ranked.map((r) => r.id)).toEqual(['t2', 't1', 'dx']);
    expect(ranked[0].score).toBeCloseTo(9 / 15, 12);
  });

  it('agrees with weightedJaccard and jaccard for every pair (property)', () => {
    fc.assert(
      fc.property(fc.tuple(profileArb('a'), profileArb('b'), profileArb('c')), (profiles) => {
        const index = buildSimilarityIndex(profiles);
        for (const p of profiles) {
          const ranked = rankSimilar(p, index);
          expect(ranked.some((r) => r.id === p.id)).toBe(false);
          for (const r of ranked) {
            const o = profiles[r.index];
            expect(r.score).toBe(weightedJaccard(p.skills, o.skills));
            expect(r.jaccard).toBe(jaccard(p.skills, o.skills));
          }
          for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
          // a floor only drops the roles under it (what path search relies on)
          expect(rankSimilar(p, index, 0.3)).toEqual(ranked.filter((r) => r.score >= 0.3));
        }
      }),
    );
  });
});
