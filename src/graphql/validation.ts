// Input rules for the curation mutations. Pure: each check returns the cleaned value or throws
// BAD_USER_INPUT naming the offending field, before any database work.
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
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The id of a node the mutation creates or updates. */
export function newId(field: string, value: string): string {
  if (!SLUG.test(value)) throw badInput(field, `must be a slug of lower-case letters, digits and '-' (1 to ${LIMITS.idLength} characters, starting with a letter or digit), got ${JSON.stringify(value.slice(0, 100))}`);
  return value;
}

/** The id of an existing node the mutation refers to (curated slug or imported URI/code). */
export function refId(field: string, value: string): string {
  if (value.length === 0 || value.length > LIMITS.refLength) throw badInput(field, `must be 1 to ${LIMITS.refLength} characters long`);
  if (CONTROL.test(value) || value.trim() !== value) throw badInput(field, 'must not contain control characters or surrounding spaces');
  return value;
}

/** A single-line text: trimmed, non-empty, bounded, no control characters. */
export function line(field: string, value: string, max: number): string {
  const v = value.trim();
  if (v.length === 0) throw badInput(field, 'must not be empty');
  if (v.length > max) throw badInput(field, `must be at most ${max} characters, got ${v.length}`);
  if (CONTROL.test(v)) throw badInput(field, 'must not contain control characters or line breaks');
  return v;
}

/** A free text (description, summary): line breaks and tabs allowed; null clears it. */
export function text(field: string, value: string | null | undefined, max: number = LIMITS.textLength): string | null | undefined {
  if (value === undefined || value === null) return value;
  const v = value.trim();
  if (v.length > max) throw badInput(field, `must be at most ${max} characters, got ${v.length}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v)) throw badInput(field, 'must not contain control characters');
  return v.length === 0 ? null : v;
}

/** Aliases: each a bounded line, at most LIMITS.aliases, duplicates (and the name itself) dropped. */
export function aliases(field: string, values: readonly string[] | null | undefined, name?: string): string[] | undefined {
  if (values === undefined || values === null) return undefined;
  if (values.length > LIMITS.aliases) throw badInput(field, `must hold at most ${LIMITS.aliases} aliases, got ${values.length}`);
  const seen = new Set<string>(name ? [name.toLowerCase()] : []);
  const out: string[] = [];
  values.forEach((value, i) => {
    const v = line(`${field}[${i}]`, value, LIMITS.aliasLength);
    if (seen.has(v.toLowerCase())) return;
    seen.add(v.toLowerCase());
    out.push(v);
  });
  return out;
}

export function importance(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 5) throw badInput(field, `must be an integer from 1 to 5, got ${value}`);
  return value;
}

/** A short lower-case keyword such as a tool kind (`language`, `ci-cd`). */
export function keyword(field: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const v = value.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9/+.-]*$/.test(v) || v.length > LIMITS.kindLength) throw badInput(field, `must be a lower-case keyword of at most ${LIMITS.kindLength} characters (letters, digits, '-', '/', '+', '.'), got ${JSON.stringify(value.slice(0, 60))}`);
  return v;
}

export function distinct(fieldA: string, a: string, fieldB: string, b: string): void {
  if (a === b) throw badInput(fieldB, `must differ from "${fieldA}"`);
}

/** Drops undefined entries, so an update only touches the fields the caller sent. */
export function defined<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
