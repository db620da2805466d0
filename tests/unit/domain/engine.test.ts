// The analytics engine in concept space, on small worlds: one concept however many sources name it,
// partial credit for related concepts, specificity, missing data said as missing, F1 matching.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage, conceptSet } from '../../../src/domain/concepts.js';
import { compareProfiles } from '../../../src/domain/compare.js';
import { skillGap, gapCost, learningOrder, orderIndex } from '../../../src/domain/gap.js';
import { rankMatches, TEXT_CANDIDATES, TEXT_SKILL_SHARE, textDirection } from '../../../src/domain/match.js';
import { pairSimilarity, rankSimilar, rescaleText } from '../../../src/domain/similarity.js';
import { at, project, type World } from './world.js';

// A curated backend developer, an O*NET-like software developer naming the same tools its own way,
// an ESCO-like data scientist, a designer, a team.
const world: World = {
  roles: [
    { id: 'backend', skills: { api: 5, sql: 4, testing: 3 }, tools: ['docker', 'python', 'postgres'] },
    { id: 'onet-dev', origin: 'onet', skills: { 'onet-programming': 4, 'onet-listening': 4 }, tools: ['onet-docker', 'onet-python', 'onet-postgres', 'onet-excel'], hot: ['onet-python'] },
    { id: 'esco-data', origin: 'esco', skills: { 'esco-python': 2, 'esco-statistics': 4, 'esco-ml': 4, 'esco-listening': 2 } },
    { id: 'designer', skills: { ux: 5, 'onet-listening': 3 }, tools: ['onet-excel'] },
    { id: 'named-only', mapsTo: [{ to: 'backend', match: 'close' }] },
    { id: 'team', roleKind: 'team', collaborators: ['backend'] },
    { id: 'clerk', origin: 'onet', skills: { 'onet-listening': 4 }, tools: ['onet-excel'] },
  ],
  same: [
    ['docker', 'onet-docker'],
    ['python', 'onet-python', 'esco-python'],
    ['postgres', 'onet-postgres'],
    ['sql', 'onet-programming'],
    ['onet-listening', 'esco-listening'],
  ],
  related: [['esco-statistics', 'api', 0.82]],
};

describe('the concept space', () => {
  const p = project(world);
  it('joins nodes named by different sources into one concept', () => {
    expect(p.conceptOf.get('docker')).toBe(p.conceptOf.get('onet-docker'));
    expect(p.conceptOf.get('python')).toBe(p.conceptOf.get('esco-python'));
    expect(p.conceptOf.get('docker')).not.toBe(p.conceptOf.get('python'));
  });

  it('weighs what every role asks for below what few do', () => {
    const listening = p.space.specificity[p.conceptOf.get('onet-listening')!];
    const ml = p.space.specificity[p.conceptOf.get('esco-ml')!];
    expect(listening).toBeLessThan(ml);
    expect(ml).toBeLessThanOrEqual(1);
  });

  it('gives related concepts partial credit, never full', () => {
    const data = p.roles[at(p, 'esco-data')];
    const held = new Set([p.conceptOf.get('api')!]);
    const { credit, via } = coverage(data.needs, held, p.space);
    const i = data.needs.concepts.indexOf(p.conceptOf.get('esco-statistics')!);
    expect(credit[i]).toBeGreaterThan(0);
    expect(credit[i]).toBeLessThanOrEqual(0.5);
    expect(via[i]).toBe(p.conceptOf.get('api'));
  });

  it('keeps teams apart from jobs, and lends a named-only role the requirements of its occupation (inferred)', () => {
    expect(p.isJob[at(p, 'team')]).toBe(0);
    const named = p.roles[at(p, 'named-only')];
    expect(named.skillData).toBe('borrowed');
    expect(named.borrowedFrom).toEqual(['backend']);
    expect([...named.needs.concepts].sort()).toEqual([...p.roles[at(p, 'backend')].needs.concepts].sort());
    expect(named.skills.size).toBe(0);
  });
});

describe('skillGap', () => {
  const p = project(world);
  const gap = (from: string, to: string) => {
    const t = p.roles[at(p, to)];
    return skillGap(conceptSet(p.roles[at(p, from)].needs), t.needs, { skills: t.skills, tools: t.tools, conceptOf: (_f, id) => p.conceptOf.get(id) ?? -1 }, p.space);
  };

  it('counts the same tool under another source\'s name as transferable', () => {
    const g = gap('backend', 'onet-dev');
    expect(g.transferableTools.sort()).toEqual(['onet-docker', 'onet-postgres', 'onet-python']);
    expect(g.toolsToLearn).toEqual(['onet-excel']);
    expect(g.transferable).toEqual(['onet-programming']);
    expect(g.coverage).toBeGreaterThan(0.5);
  });

  it('says null, not 1, when the target has no requirement data', () => {
    const p2 = project({ roles: [{ id: 'a', skills: { x: 3 } }, { id: 'empty' }] });
    const t = p2.roles[at(p2, 'empty')];
    const g = skillGap(new Set([0]), t.needs, { skills: t.skills, tools: t.tools, conceptOf: () => -1 }, p2.space);
    expect(g.coverage).toBeNull();
    expect(g.effort).toBeNull();
  });

  it('lists partly covered skills with their credit, most to gain first', () => {
    const g = gap('backend', 'esco-data');
    expect(g.transferable).toEqual(['esco-python']);
    const stats = g.toLearn.find((s) => s.id === 'esco-statistics')!;
    expect(stats.credit).toBeGreaterThan(0);
    expect(stats.via).toBe(p.conceptOf.get('api'));
    expect(g.toLearn[0].id).toBe('esco-ml');
  });

  it('covers every role fully against itself, and scores stay in range (property)', () => {
    const ids = world.roles.filter((r) => r.roleKind !== 'team').map((r) => r.id);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        const self = gapCost(conceptSet(p.roles[at(p, a)].needs), p.roles[at(p, a)].needs, p.space);
        if (self.coverage !== null) expect(self).toEqual({ coverage: 1, effort: 0 });
        const g = gap(a, b);
        if (g.coverage !== null) {
          expect(g.coverage).toBeGreaterThanOrEqual(0);
          expect(g.coverage).toBeLessThanOrEqual(1 + 1e-12);
          expect(g.effort! >= 0).toBe(true);
        }
      }),
    );
  });

  it('orders learning along prerequisites, through cycles deterministically (property)', () => {
    expect(learningOrder(['a', 'b', 'c'], [['a', 'b'], ['b', 'a'], ['b', 'c']])).toEqual(['a', 'b', 'c']);
    const ids = ['s0', 's1', 's2', 's3', 's4', 's5'];
    const pairArb = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })).filter(([a, b]) => a < b).map(([a, b]) => [ids[a], ids[b]] as const);
    fc.assert(
      fc.property(fc.shuffledSubarray(ids), fc.array(pairArb, { maxLength: 12 }), (skills, pairs) => {
        const order = learningOrder(skills, pairs);
        expect([...order].sort()).toEqual([...skills].sort());
        for (const [x, y] of pairs) if (skills.includes(x) && skills.includes(y)) expect(order.indexOf(x)).toBeLessThan(order.indexOf(y));
        expect(learningOrder(skills, orderIndex(pairs))).toEqual(order);
      }),
    );
  });
});

describe('similarRoles', () => {
  it('finds roles of other sources through shared concepts, never the role itself or a team', () => {
    const p = project(world);
    const jobs = (i: number) => p.isJob[i] === 1;
    const ranked = rankSimilar(p.index, at(p, 'backend'), { allow: jobs });
    expect(ranked.map((s) => s.id)).not.toContain('backend');
    expect(ranked.map((s) => s.id)).not.toContain('team');
    expect(ranked[0].id).toBe('named-only');
    expect(ranked.map((s) => s.id)).toContain('onet-dev');
    // Nothing shared, no text to compare: not similar at all, so not listed.
    expect(ranked.map((s) => s.id)).not.toContain('designer');
  });

  it('is symmetric and in [0, 1] for every pair (property)', () => {
    const p = project(world);
    const n = p.roles.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), (a, b) => {
        const s = pairSimilarity(p.index, a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(pairSimilarity(p.index, b, a)).toBeCloseTo(s, 12);
        const ranked = rankSimilar(p.index, a).find((x) => x.index === b);
        if (a !== b && ranked) expect(ranked.score).toBeCloseTo(s, 12);
      }),
    );
  });

  it('blends the text of titles and descriptions with the requirements', () => {
    const p = project({
      roles: [
        { id: 'a', skills: { x: 3 }, text: [1, 0, 0] },
        { id: 'b', skills: { y: 3 }, text: [0.9, 0.1, 0] },
        { id: 'c', skills: { y: 3 }, text: [0, 0, 1] },
      ],
    });
    const ranked = rankSimilar(p.index, at(p, 'a'));
    expect(ranked.map((s) => s.id)).toEqual(['b']);
    expect(ranked[0]).toMatchObject({ graph: 0 });
    expect(ranked[0].text).toBeGreaterThan(0.8);
  });
});

describe('matchRoles', () => {
  const p = project(world);
  const profileOf = (id: string) => {
    const r = p.roles[at(p, id)];
    return { concepts: conceptSet(r.needs), hasTools: r.tools.size > 0 };
  };

  it('ranks a role first for its own requirements, and does not count tools a skills-only profile does not mention', () => {
    const jobs = (i: number) => p.isJob[i] === 1;
    for (const id of ['backend', 'onet-dev', 'esco-data', 'designer']) {
      const own = rankMatches(profileOf(id), p.index, 3, jobs);
      expect(own[0].score, id).toBeCloseTo(1, 12);
      expect(own.filter((m) => m.score > own[0].score)).toEqual([]);
    }
    const skillsOnly = { concepts: new Set([...p.roles[at(p, 'esco-data')].skills.keys()].map((s) => p.conceptOf.get(s)!)), hasTools: false };
    expect(rankMatches(skillsOnly, p.index, 1, jobs)[0]).toMatchObject({ id: 'esco-data', coverage: 1 });
  });

  it('ranks a role using all of a profile above one using a single skill of it', () => {
    const person = { concepts: new Set(['onet-listening', 'onet-excel'].map((s) => p.conceptOf.get(s)!)), hasTools: true };
    const ranked = rankMatches(person, p.index, 5);
    expect(ranked[0].id).toBe('clerk');
    expect(ranked[0].precision).toBe(1);
  });
});

describe('matchRoles from a text', () => {
  // Two roles the text's skills reach equally, one whose title and description the text is about, one the
  // skills miss entirely but the text describes, one with no embedding, and a team.
  const p = project({
    roles: [
      { id: 'tester', skills: { selenium: 3, sql: 2 }, text: [1, 0, 0] },
      { id: 'analyst', skills: { selenium: 3, sql: 2 }, text: [0, 1, 0] },
      { id: 'advocate', skills: { speaking: 4 }, text: [0.8, 0, 0.6] },
      { id: 'unembedded', skills: { selenium: 3, sql: 2 } },
      { id: 'qa-team', roleKind: 'team', skills: { selenium: 1 }, text: [1, 0, 0] },
    ],
  });
  const jobs = (i: number) => p.isJob[i] === 1;
  const concepts = new Set(['selenium', 'sql'].map((s) => p.conceptOf.get(s)!));
  const about = (v: [number, number, number]) => Float32Array.from(v.map((x) => x / Math.hypot(...v)));

  it('weighs how close the text is to each role, and leaves roles without an embedding to the skills alone', () => {
    const ranked = rankMatches({ concepts, hasTools: false, text: about([1, 0, 0]) }, p.index, 10, jobs);
    const of = (id: string) => ranked.find((m) => m.id === id)!;
    expect(ranked[0].id).toBe('tester');
    expect(of('tester').score).toBeCloseTo(TEXT_SKILL_SHARE * 1 + (1 - TEXT_SKILL_SHARE) * 1, 5);
    expect(of('tester').text).toBeCloseTo(1, 5);
    expect(of('analyst').text).toBe(0);
    expect(of('analyst').score).toBeCloseTo(TEXT_SKILL_SHARE, 5);
    expect(of('unembedded')).toMatchObject({ text: null, score: 1 });
    expect(ranked.map((m) => m.id)).not.toContain('qa-team');
  });

  it('finds a role the text is about even when no skill read from it reaches the role', () => {
    const ranked = rankMatches({ concepts, hasTools: false, text: about([0.8, 0, 0.6]) }, p.index, 10, jobs);
    const advocate = ranked.find((m) => m.id === 'advocate')!;
    expect(advocate).toMatchObject({ coverage: 0, precision: 0 });
    expect(advocate.text).toBeCloseTo(1, 5);
    expect(advocate.score).toBeCloseTo(1 - TEXT_SKILL_SHARE, 5);
    // Without the text it is not a match at all.
    expect(rankMatches({ concepts, hasTools: false }, p.index, 10, jobs).map((m) => m.id)).not.toContain('advocate');
  });

  it('ranks as the blend of both signals says, for any text direction', () => {
    fc.assert(
      fc.property(fc.tuple(fc.float({ min: -1, max: 1, noNaN: true }), fc.float({ min: -1, max: 1, noNaN: true }), fc.float({ min: -1, max: 1, noNaN: true })).filter((v) => Math.hypot(...v) > 0.01), (v) => {
        const text = about(v);
        const ranked = rankMatches({ concepts, hasTools: false, text }, p.index, 10, jobs);
        for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
        for (const m of ranked) {
          const r = p.roles[m.index];
          if (m.text === null) continue;
          const v3 = r.id === 'tester' ? [1, 0, 0] : r.id === 'analyst' ? [0, 1, 0] : [0.8, 0, 0.6];
          expect(m.text).toBeCloseTo(rescaleText(v3[0] * text[0] + v3[1] * text[1] + v3[2] * text[2]), 5);
        }
      }),
    );
  });

  it('takes the text direction from the opening and from all passages, equally', () => {
    const opening = Float32Array.from([1, 0]);
    const rest = Float32Array.from([0, 1]);
    const d = textDirection([opening, rest, rest], [100, 100, 100])!;
    // Mean of all three, normalised: (1, 2)/√5; half of it plus half the opening.
    expect(d[0]).toBeCloseTo(0.5 + 0.5 / Math.sqrt(5), 5);
    expect(d[1]).toBeCloseTo(1 / Math.sqrt(5), 5);
    expect(textDirection([], [])).toBeUndefined();
    expect(TEXT_CANDIDATES).toBeGreaterThan(0);
  });
});

describe('compareRoles', () => {
  it('shares concepts across sources and lists each role\'s own nodes, strongest first', () => {
    const p = project(world);
    const ids = ['backend', 'onet-dev'];
    const c = compareProfiles(ids.map((id) => p.roles[at(p, id)]), ids.map((id) => p.index.w[at(p, id)]), (_f, id) => p.conceptOf.get(id) ?? -1);
    expect(c.shared.tools.sort()).toEqual(['docker', 'postgres', 'python']);
    expect(c.shared.skills).toEqual(['sql']);
    expect(c.unique[1].tools).toEqual(['onet-excel']);
    expect(c.unique[0].skills).toEqual(['api', 'testing']);
    expect(c.sharedSkillCount).toBe(4);
    expect(c.jaccard).toBeGreaterThan(0);
  });
});
