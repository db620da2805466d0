import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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

/** One rule applied to one argument named `field`, the way a mutation's schema applies it. */
function rule(schema: z.ZodType, field: string, value: unknown): unknown {
  return (v.validate(z.object({ [field]: schema }), { [field]: value }) as Record<string, unknown>)[field];
}

const role = (input: Record<string, unknown>) => v.validate(v.upsertRoleArgs, { input: { id: 'ok-id', name: 'X', ...input } as never }).input;

describe('curation input validation', () => {
  it('accepts slug ids for new nodes and refuses anything else, naming the field', () => {
    expect(role({ id: 'platform-engineer' }).id).toBe('platform-engineer');
    expect(role({ id: 'a' }).id).toBe('a');
    for (const bad of ['', '-lead', 'Platform', 'a b', 'x'.repeat(81), "a'); DROP", 'http://data.europa.eu/esco/x']) {
      const e = codeOf(() => role({ id: bad }));
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.argument).toBe('input.id');
      expect(e.message).toContain('input.id');
    }
  });

  it('accepts imported ids (URIs, O*NET codes) when referring to existing nodes', () => {
    expect(v.validate(v.roleSkillArgs, { role: '15-1252.00', skill: 'http://data.europa.eu/esco/skill/abc-123' })).toEqual({ role: '15-1252.00', skill: 'http://data.europa.eu/esco/skill/abc-123' });
    expect(codeOf(() => v.validate(v.roleToolArgs, { role: '', tool: 'x' })).argument).toBe('role');
    expect(codeOf(() => rule(v.refId, 'role', 'a\nb')).code).toBe('BAD_USER_INPUT');
    expect(codeOf(() => rule(v.refId, 'role', ' padded')).code).toBe('BAD_USER_INPUT');
    expect(codeOf(() => rule(v.refId, 'role', 'x'.repeat(301))).code).toBe('BAD_USER_INPUT');
    expect(codeOf(() => v.validate(v.nodeIdArgs, { id: 'x'.repeat(301) })).message).toBe('Argument "id": must be 1 to 300 characters long');
  });

  it('bounds names and refuses empty or multi-line ones', () => {
    expect(role({ name: '  Platform Engineer ' }).name).toBe('Platform Engineer');
    expect(codeOf(() => role({ name: '   ' })).message).toContain('must not be empty');
    expect(codeOf(() => role({ name: 'x'.repeat(121) })).message).toBe('Argument "input.name": must be at most 120 characters, got 121');
    expect(codeOf(() => role({ name: 'two\nlines' })).argument).toBe('input.name');
  });

  it('keeps injection-looking names as plain data', () => {
    expect(role({ name: "') DETACH DELETE n //" }).name).toBe("') DETACH DELETE n //");
    expect(role({ name: '{"$ne":1}' }).name).toBe('{"$ne":1}');
  });

  it('limits aliases in count and length, dropping duplicates and the name itself', () => {
    expect(role({ name: 'Platform Engineer', aliases: ['Platform Eng', 'platform eng', 'Platform Engineer', ' PE '] }).aliases).toEqual(['Platform Eng', 'PE']);
    expect(role({}).aliases).toBeUndefined();
    expect(role({ aliases: null }).aliases).toBeUndefined();
    expect(role({ aliases: [] }).aliases).toEqual([]);
    const many = codeOf(() => role({ aliases: Array.from({ length: 31 }, (_, i) => `a${i}`) }));
    expect(many).toMatchObject({ argument: 'input.aliases', message: 'Argument "input.aliases": must hold at most 30 aliases, got 31' });
    // The count is checked before any alias, as one rule of the whole list.
    expect(codeOf(() => role({ aliases: ['', ...Array.from({ length: 30 }, (_, i) => `a${i}`)] })).argument).toBe('input.aliases');
    expect(codeOf(() => role({ aliases: ['ok', 'x'.repeat(121)] })).argument).toBe('input.aliases[1]');
  });

  it('bounds free text, allows line breaks, and turns blank into null', () => {
    expect(role({ summary: 'line one\nline two' }).summary).toBe('line one\nline two');
    expect(role({ summary: '   ' }).summary).toBeNull();
    expect(role({ summary: null }).summary).toBeNull();
    expect(role({}).summary).toBeUndefined();
    expect(codeOf(() => role({ summary: 'x'.repeat(2001) })).message).toContain('at most 2000');
    expect(codeOf(() => role({ primaryFocus: 'bell\u0007' }))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.primaryFocus' });
    expect(codeOf(() => v.validate(v.upsertPracticeArgs, { input: { id: 'p', name: 'P', description: 'x'.repeat(2001) } })).argument).toBe('input.description');
  });

  it('takes importance as an integer from 1 to 5', () => {
    for (const ok of [1, 3, 5]) expect(v.validate(v.linkRoleSkillArgs, { role: 'r', skill: 's', importance: ok }).importance).toBe(ok);
    for (const bad of [0, 6, -1, 2.5, Number.NaN]) {
      const e = codeOf(() => v.validate(v.linkRoleSkillArgs, { role: 'r', skill: 's', importance: bad }));
      expect(e).toMatchObject({ argument: 'importance', message: `Argument "importance": must be an integer from 1 to 5, got ${bad}` });
    }
  });

  it('normalises keywords such as tool kinds', () => {
    expect(v.validate(v.upsertToolArgs, { input: { id: 't', name: 'T', kind: ' CI-CD' } }).input.kind).toBe('ci-cd');
    expect(v.validate(v.upsertSkillArgs, { input: { id: 's', name: 'S', category: 'Platform' } }).input.category).toBe('platform');
    expect(codeOf(() => v.validate(v.upsertToolArgs, { input: { id: 't', name: 'T', kind: 'two words' } })).argument).toBe('input.kind');
    expect(codeOf(() => v.validate(v.upsertSkillArgs, { input: { id: 's', name: 'S', category: 'x'.repeat(41) } })).argument).toBe('input.category');
  });

  it('refuses a career move to the same role, but may remove one', () => {
    expect(codeOf(() => v.validate(v.careerMoveArgs, { from: 'a', to: 'a' }))).toMatchObject({ argument: 'to', message: 'Argument "to": must differ from "from"' });
    expect(v.validate(v.moveEndsArgs, { from: 'a', to: 'a' })).toEqual({ from: 'a', to: 'a' });
    // Each end is checked before the pair.
    expect(codeOf(() => v.validate(v.careerMoveArgs, { from: '', to: '' })).argument).toBe('from');
  });

  it('names nested fields by their path', () => {
    expect(v.fieldName(['input', 'aliases', 3])).toBe('input.aliases[3]');
    expect(v.fieldName(['importance'])).toBe('importance');
  });

  it('keeps only the fields that were sent', () => {
    expect(v.defined({ a: 1, b: undefined, c: null })).toEqual({ a: 1, c: null });
  });
});
