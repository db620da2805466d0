// What the explorer says about the API's numbers and labels, from answer-shaped data, without a browser.
import { describe, expect, it } from 'vitest';
import {
  byImportance,
  coverageWords,
  effortWords,
  exactMatches,
  explainStepCost,
  groupGap,
  groupMoves,
  originLabel,
  roleDetail,
  stepLabel,
  // @ts-expect-error: a plain browser ES module without type declarations
} from '../../../src/web/explorer/words.js';

describe('origins and namesakes', () => {
  it('names each source, and says so when there is none', () => {
    expect(['CURATED', 'ESCO', 'ONET', 'API'].map(originLabel)).toEqual(['Curated', 'ESCO', 'O*NET', 'API']);
    expect(originLabel(null)).toBe('unknown source');
  });

  it('tells ESCO "software developer" from O*NET "Software Developers" by source and code', () => {
    expect(roleDetail({ id: '15-1252.00', origin: 'ONET', code: '15-1252.00' })).toBe('O*NET occupation 15-1252.00');
    expect(roleDetail({ id: 'http://data.europa.eu/esco/occupation/x', origin: 'ESCO', iscoGroup: '2512' })).toBe('ESCO occupation, ISCO group 2512');
    expect(roleDetail({ id: 'x', origin: 'ESCO' })).toBe('ESCO occupation');
    const long = 'Builds and runs the server side of products: APIs, data stores, queues and the code that ties them together.';
    expect(roleDetail({ id: 'backend-developer', origin: 'CURATED', summary: long })).toMatch(/^Builds and runs .{40,}…$/);
    expect(roleDetail({ id: 'x', origin: 'CURATED', summary: '' })).toBe('Curated role');
  });

  it('takes a typed name when it is the whole name, case and spacing aside', () => {
    const items = [{ name: 'Backend Developer' }, { name: 'Backend Developer Lead' }, { name: 'software developer' }];
    expect(exactMatches(items, '  backend   developer ')).toEqual([{ name: 'Backend Developer' }]);
    expect(exactMatches(items, 'backend')).toEqual([]);
    expect(exactMatches(items, '')).toEqual([]);
    expect(exactMatches([{ name: 'software developer' }, { name: 'Software Developer' }], 'Software developer')).toHaveLength(2);
  });
});

describe('steps and their cost', () => {
  it('labels O*NET moves "related (O*NET)" and each other kind in words', () => {
    expect(stepLabel({ stated: true, kind: 'GROWTH' })).toBe('stated');
    expect(stepLabel({ stated: false, kind: 'RELATED', from: { origin: 'ONET' }, to: { origin: 'ONET' } })).toBe('related (O*NET)');
    expect(stepLabel({ stated: false, kind: 'RELATED', role: { origin: 'ONET' } })).toBe('related (O*NET)');
    // A curated article's "related" move that it does not state in so many words is no O*NET record.
    expect(stepLabel({ stated: false, kind: 'RELATED', from: { origin: 'CURATED' }, to: { origin: 'CURATED' } })).toBe('implied by a source');
    expect(stepLabel({ stated: false, kind: 'GROWTH' })).toBe('implied by a source');
    expect(stepLabel({ stated: false, kind: 'SIMILAR' })).toBe('inferred');
    expect(stepLabel({ stated: false, kind: 'EQUIVALENT' })).toBe('same occupation');
  });

  it('explains a cost as multiplier × (1 job change + effort), recovering the effort from the cost', () => {
    expect(explainStepCost({ stated: true, kind: 'GROWTH', cost: 3.2 })).toBe('cost 3.2 = 1 (stated move) × (1 job change + 2.2 essential skills to learn)');
    expect(explainStepCost({ stated: false, kind: 'RELATED', cost: 2.5 })).toBe('cost 2.5 = 1.25 (recorded move) × (1 job change + 1.0 essential skills to learn)');
    expect(explainStepCost({ stated: false, kind: 'SIMILAR', cost: 1.5 })).toBe('cost 1.5 = 1.5 (inferred move) × (1 job change + 0.0 essential skills to learn)');
    expect(explainStepCost({ stated: false, kind: 'EQUIVALENT', cost: 0.5 })).toMatch(/^cost 0\.5: no job change/);
  });

  it('gives effort and coverage their unit, and says "not rated by the source" for null', () => {
    expect(effortWords(8.66)).toBe("8.7 essential skills' worth to learn");
    expect(effortWords(1)).toBe("1.0 essential skill's worth to learn");
    expect(effortWords(null)).toBe('not rated by the source');
    expect(coverageWords(0.456)).toBe('46%');
    expect(coverageWords(null)).toBe('not rated by the source');
  });
});

describe('grouping', () => {
  it('groups next roles as stated, related (recorded) and similar, keeping the API order', () => {
    const m = (id: string, stated: boolean, recorded: boolean) => ({ id, stated, recorded });
    const g = groupMoves([m('a', true, true), m('b', false, true), m('c', false, false), m('d', true, true)]);
    expect(g.stated.map((x: { id: string }) => x.id)).toEqual(['a', 'd']);
    expect(g.related.map((x: { id: string }) => x.id)).toEqual(['b']);
    expect(g.similar.map((x: { id: string }) => x.id)).toEqual(['c']);
  });

  it('splits a gap essential / optional only where the source types the skills', () => {
    const order = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(groupGap(order, new Map())).toEqual([{ key: 'all', skills: order }]);
    const typed = new Map([['a', 'optional'], ['b', 'essential'], ['d', 'essential']]);
    expect(groupGap(order, typed)).toEqual([
      { key: 'essential', skills: [{ id: 'b' }, { id: 'd' }] },
      { key: 'optional', skills: [{ id: 'a' }, { id: 'c' }] },
    ]);
  });

  it('sorts by importance, most important first, unrated after in their order', () => {
    const items = ['haskell', 'go', 'kdevelop', 'sql'].map((id) => ({ id }));
    const w = new Map([['go', 5], ['sql', 4], ['haskell', 1]]);
    expect(byImportance(items, w).map((x: { id: string }) => x.id)).toEqual(['go', 'sql', 'haskell', 'kdevelop']);
  });
});
