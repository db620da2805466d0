import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/graphql/errors.js';
import * as v from '../../../src/graphql/validation.js';

/** The code, argument and message the API would answer with for what fn throws. */
function codeOf(fn: () => unknown): { code: unknown; argument: unknown; message: string } {
  try {
    fn();
  } catch (err) {
    const known = classify(err);
    expect(known, String(err)).not.toBeNull();
    return { code: known!.code, argument: known!.extensions?.argument, message: known!.message };
  }
  throw new Error('expected a validation error');
}

describe('curation input validation', () => {
  it('accepts slug ids for new nodes and refuses anything else, naming the field', () => {
    expect(v.newId('input.id', 'platform-engineer')).toBe('platform-engineer');
    expect(v.newId('input.id', 'a')).toBe('a');
    for (const bad of ['', '-lead', 'Platform', 'a b', 'x'.repeat(81), "a'); DROP", 'http://data.europa.eu/esco/x']) {
      const e = codeOf(() => v.newId('input.id', bad));
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.argument).toBe('input.id');
      expect(e.message).toContain('input.id');
    }
  });

  it('accepts imported ids (URIs, O*NET codes) when referring to existing nodes', () => {
    expect(v.refId('skill', 'http://data.europa.eu/esco/skill/abc-123')).toBe('http://data.europa.eu/esco/skill/abc-123');
    expect(v.refId('role', '15-1252.00')).toBe('15-1252.00');
    expect(codeOf(() => v.refId('role', '')).argument).toBe('role');
    expect(codeOf(() => v.refId('role', 'a\nb')).code).toBe('BAD_USER_INPUT');
    expect(codeOf(() => v.refId('role', ' padded')).code).toBe('BAD_USER_INPUT');
    expect(codeOf(() => v.refId('role', 'x'.repeat(301))).code).toBe('BAD_USER_INPUT');
  });

  it('bounds names and refuses empty or multi-line ones', () => {
    expect(v.line('input.name', '  Platform Engineer ', 120)).toBe('Platform Engineer');
    expect(codeOf(() => v.line('input.name', '   ', 120)).message).toContain('must not be empty');
    expect(codeOf(() => v.line('input.name', 'x'.repeat(121), 120)).message).toContain('at most 120');
    expect(codeOf(() => v.line('input.name', 'two\nlines', 120)).code).toBe('BAD_USER_INPUT');
  });

  it('keeps injection-looking names as plain data', () => {
    expect(v.line('input.name', "') DETACH DELETE n //", 120)).toBe("') DETACH DELETE n //");
    expect(v.line('input.name', '{"$ne":1}', 120)).toBe('{"$ne":1}');
  });

  it('limits aliases in count and length, dropping duplicates and the name itself', () => {
    expect(v.aliases('input.aliases', ['Platform Eng', 'platform eng', 'Platform Engineer', ' PE '], 'Platform Engineer')).toEqual(['Platform Eng', 'PE']);
    expect(v.aliases('input.aliases', undefined)).toBeUndefined();
    expect(v.aliases('input.aliases', [])).toEqual([]);
    expect(codeOf(() => v.aliases('input.aliases', Array.from({ length: 31 }, (_, i) => `a${i}`))).message).toContain('at most 30');
    expect(codeOf(() => v.aliases('input.aliases', ['ok', 'x'.repeat(121)])).argument).toBe('input.aliases[1]');
  });

  it('bounds free text, allows line breaks, and turns blank into null', () => {
    expect(v.text('input.summary', 'line one\nline two')).toBe('line one\nline two');
    expect(v.text('input.summary', '   ')).toBeNull();
    expect(v.text('input.summary', null)).toBeNull();
    expect(v.text('input.summary', undefined)).toBeUndefined();
    expect(codeOf(() => v.text('input.summary', 'x'.repeat(2001))).message).toContain('at most 2000');
    expect(codeOf(() => v.text('input.summary', 'bell\u0007')).code).toBe('BAD_USER_INPUT');
  });

  it('takes importance as an integer from 1 to 5', () => {
    for (const ok of [1, 3, 5]) expect(v.importance('importance', ok)).toBe(ok);
    for (const bad of [0, 6, -1, 2.5, Number.NaN]) expect(codeOf(() => v.importance('importance', bad)).argument).toBe('importance');
  });

  it('normalises keywords such as tool kinds', () => {
    expect(v.keyword('input.kind', 'CI-CD')).toBe('ci-cd');
    expect(codeOf(() => v.keyword('input.kind', 'two words')).argument).toBe('input.kind');
  });

  it('refuses a career move to the same role', () => {
    expect(codeOf(() => v.distinct('from', 'a', 'to', 'a')).argument).toBe('to');
  });

  it('keeps only the fields that were sent', () => {
    expect(v.defined({ a: 1, b: undefined, c: null })).toEqual({ a: 1, c: null });
  });
});
