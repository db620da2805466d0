import { describe, expect, it } from 'vitest';
import { TypoIndex, withinOneEdit } from '../../../src/extract/typos.js';

describe('typos', () => {
  it('measures one edit: insertion, deletion, substitution, adjacent transposition', () => {
    expect(withinOneEdit('kubernetes', 'kubernets')).toBe(true);
    expect(withinOneEdit('terraform', 'terrafrom')).toBe(true);
    expect(withinOneEdit('postgres', 'postgress')).toBe(true);
    expect(withinOneEdit('docker', 'dockar')).toBe(true);
    expect(withinOneEdit('terraform', 'terafrom')).toBe(false);
    expect(withinOneEdit('ansible', 'possible')).toBe(false);
  });

  it('finds the one name a word is a typo of, never a short word, a first-letter change or an ambiguous one', () => {
    const index = new TypoIndex<string>();
    for (const w of ['kubernetes', 'terraform', 'racket', 'jenkins', 'jenkinz']) index.add(w, w.toUpperCase());
    expect(index.find('kubernets')).toEqual({ word: 'kubernetes', value: 'KUBERNETES' });
    expect(index.find('terrafrom')?.value).toBe('TERRAFORM');
    expect(index.find('packet')).toBeUndefined();
    expect(index.find('kubernetes')).toBeUndefined();
    expect(index.find('jenkinx')).toBeUndefined();
    index.add('rust', 'RUST');
    expect(index.find('rusk')).toBeUndefined();
  });
});
