import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzyEdits, luceneQuery, MAX_TERMS } from '../../../src/store/reads/search.js';

/** The query of one term, as the builder writes it: its match in each field, name weighted most. */
const one = (m: string) => `(name:${m}^4 OR aliasesText:${m}^2 OR description:${m})`;

describe('luceneQuery', () => {
  it('matches each term exactly, as a prefix and, when long enough, fuzzily; all terms must match', () => {
    expect(luceneQuery('kubernets')).toBe(one('(kubernets^3 OR kubernets*^2 OR kubernets~2)'));
    expect(luceneQuery('DX  Engineer')).toBe(`${one('(dx^3 OR dx*^2)')} AND ${one('(engineer^3 OR engineer*^2 OR engineer~2)')}`);
    expect(luceneQuery('react')).toBe(one('(react^3 OR react*^2 OR react~1)'));
  });

  it('has nothing to search for in blank text', () => {
    expect(luceneQuery('   ')).toBeNull();
  });

  it('escapes Lucene syntax and lower-cases operators into words', () => {
    expect(luceneQuery('C++')).toBe(one('(c\\+\\+^3 OR c\\+\\+*^2)'));
    expect(luceneQuery('ci/cd')).toBe(one('(ci\\/cd^3 OR ci\\/cd*^2 OR ci\\/cd~1)'));
    expect(luceneQuery('a AND b')).toBe([one('(a^3 OR a*^2)'), one('(and^3 OR and*^2)'), one('(b^3 OR b*^2)')].join(' AND '));
  });

  it('never leaves a special character unescaped', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => {
      const q = luceneQuery(text);
      if (q === null) return;
      // Strip what the builder itself writes, then every special character left must be escaped.
      const userPart = q.replace(/(name|aliasesText|description):|\^[234]|\*\^2|~[12]\)|\(|\)| OR | AND /g, ' ');
      expect(userPart).not.toMatch(/(^|[^\\])(\\\\)*[+\-&|!(){}[\]^"~*?:/]/);
    }));
  });

  it(`keeps at most ${MAX_TERMS} terms`, () => {
    expect(luceneQuery(Array.from({ length: 20 }, (_, i) => `t${i}`).join(' '))!.split(') AND (')).toHaveLength(MAX_TERMS);
  });

  it('allows more edits for longer terms', () => {
    expect([fuzzyEdits('go'), fuzzyEdits('java'), fuzzyEdits('kubernetes')]).toEqual([0, 1, 2]);
  });
});
