// Input rules for the curation mutations, as zod schemas: one schema per mutation's arguments, checked
// before any database work. validate() returns the cleaned values (trimmed, normalised, duplicates
// dropped) or throws BAD_USER_INPUT naming the first offending field by its path (`input.aliases[3]`).
import { z } from 'zod';
import { badInput } from './errors.js';

export const LIMITS = {
  idLength: 80,
  /** Ids of existing (imported) nodes may be ESCO URIs or O*NET codes; bounded, never control characters. */
  refLength: 300,
  nameLength: 120,
  aliasLength: 120,
  aliases: 30,
  textLength: 2_000,
  kindLength: 40,
} as const;

/** Ids of nodes created through the API: lower-case slugs like `platform-engineer`. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
// Control characters (C0, DEL, C1) and the Unicode line/paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// In free text, line breaks and tabs are allowed.
const TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const KEYWORD = /^[a-z0-9][a-z0-9/+.-]*$/;

const quoted = (value: unknown, max: number) => JSON.stringify(String(value).slice(0, max));
const tooLong = (max: number) => ({ error: (iss: { input?: unknown }) => `must be at most ${max} characters, got ${String(iss.input).length}` });

/** The id of a node the mutation creates or updates. */
export const newId = z.string().regex(SLUG, {
  error: (iss) => `must be a slug of lower-case letters, digits and '-' (1 to ${LIMITS.idLength} characters, starting with a letter or digit), got ${quoted(iss.input, 100)}`,
});

/** The id of an existing node the mutation refers to (curated slug or imported URI/code). */
export const refId = z
  .string()
  .min(1, `must be 1 to ${LIMITS.refLength} characters long`)
  .max(LIMITS.refLength, `must be 1 to ${LIMITS.refLength} characters long`)
  .refine((v) => !CONTROL.test(v) && v.trim() === v, 'must not contain control characters or surrounding spaces');

/** A single-line text: trimmed, non-empty, bounded, no control characters. */
export function line(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, tooLong(max))
    .refine((v) => !CONTROL.test(v), 'must not contain control characters or line breaks');
}

/** A free text (description, summary): line breaks and tabs allowed; blank becomes null, null clears it. */
export const text = z
  .string()
  .trim()
  .max(LIMITS.textLength, tooLong(LIMITS.textLength))
  .refine((v) => !TEXT_CONTROL.test(v), 'must not contain control characters')
  .transform((v) => (v.length === 0 ? null : v))
  .nullish();

/** Aliases: at most LIMITS.aliases (counted before any is checked), each a bounded line. */
export const aliases = z
  .array(z.string())
  .max(LIMITS.aliases, { error: (iss) => `must hold at most ${LIMITS.aliases} aliases, got ${(iss.input as unknown[]).length}` })
  .pipe(z.array(line(LIMITS.aliasLength)))
  .nullish()
  .transform((v) => v ?? undefined);

export const importance = (() => {
  const message = { error: (iss: { input?: unknown }) => `must be an integer from 1 to 5, got ${iss.input}` };
  return z.number(message).int(message).min(1, message).max(5, message);
})();

/** A short lower-case keyword such as a tool kind (`language`, `ci-cd`). */
export const keyword = z
  .string()
  .refine((v) => KEYWORD.test(v.trim().toLowerCase()) && v.trim().length <= LIMITS.kindLength, {
    error: (iss) => `must be a lower-case keyword of at most ${LIMITS.kindLength} characters (letters, digits, '-', '/', '+', '.'), got ${quoted(iss.input, 60)}`,
  })
  .transform((v) => v.trim().toLowerCase())
  .nullish();

/** Drops aliases that repeat another (case-insensitively) or the name itself. */
function distinctAliases<T extends { name: string; aliases?: string[] }>(node: T): T {
  if (!node.aliases) return node;
  const seen = new Set([node.name.toLowerCase()]);
  const kept: string[] = [];
  for (const alias of node.aliases) {
    const key = alias.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(alias);
  }
  return { ...node, aliases: kept };
}

/** The fields every upsert takes; each label's input extends it. Shape order is check order. */
const nodeFields = z.object({ id: newId, name: line(LIMITS.nameLength), aliases });

export const upsertRoleArgs = z.object({ input: nodeFields.extend({ summary: text, primaryUser: text, impactArea: text, primaryFocus: text }).transform(distinctAliases) });
export const upsertSkillArgs = z.object({ input: nodeFields.extend({ description: text, category: keyword }).transform(distinctAliases) });
export const upsertToolArgs = z.object({ input: nodeFields.extend({ kind: keyword, description: text }).transform(distinctAliases) });
export const upsertPracticeArgs = z.object({ input: nodeFields.extend({ description: text }).transform(distinctAliases) });

export const roleSkillArgs = z.object({ role: refId, skill: refId });
export const linkRoleSkillArgs = roleSkillArgs.extend({ importance });
export const roleToolArgs = z.object({ role: refId, tool: refId });
export const moveEndsArgs = z.object({ from: refId, to: refId });
/** A new career move: its ends must differ. */
export const careerMoveArgs = moveEndsArgs.refine((a) => a.from !== a.to, { path: ['to'], message: 'must differ from "from"' });
export const nodeIdArgs = z.object({ id: refId });

/** `input.aliases[3]` for the path ['input', 'aliases', 3]. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

/** The cleaned arguments, or BAD_USER_INPUT naming the first field that breaks a rule. */
export function validate<S extends z.ZodType>(schema: S, args: z.input<S>): z.output<S> {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  throw badInput(fieldName(first.path), first.message);
}

/** Drops undefined entries, so an update only touches the fields the caller sent. */
export function defined<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
