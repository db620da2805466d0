// Static API tokens from ROLEGRAPH_API_TOKENS: `label:token:scope+scope,label2:token2:read`.
// Only SHA-256 digests are kept in memory, and a presented token is compared against every entry
// with crypto.timingSafeEqual, so neither the stored secrets nor the comparison time leak which one matched.
import { createHash, timingSafeEqual } from 'node:crypto';

export const SCOPES = ['read', 'write'] as const;
export type Scope = (typeof SCOPES)[number];

export interface TokenEntry {
  label: string;
  digest: Buffer;
  scopes: Scope[];
}

/** Shortest token accepted in configuration: shorter ones are guessable. */
export const MIN_TOKEN_LENGTH = 16;

export class TokenConfigError extends Error {}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Parses the token list; errors name the entry by label or position, never by its secret. */
export function parseTokens(spec: string): TokenEntry[] {
  const entries: TokenEntry[] = [];
  const parts = spec.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  parts.forEach((part, i) => {
    const first = part.indexOf(':');
    const last = part.lastIndexOf(':');
    if (first <= 0 || last === first) throw new TokenConfigError(`ROLEGRAPH_API_TOKENS entry ${i + 1} must look like label:token:scope+scope`);
    const label = part.slice(0, first);
    const token = part.slice(first + 1, last);
    const scopes = part.slice(last + 1).split('+').filter((s) => s.length > 0);
    if (!/^[\w.@-]{1,64}$/.test(label)) throw new TokenConfigError(`ROLEGRAPH_API_TOKENS entry ${i + 1}: the label may hold letters, digits, '.', '@', '_' and '-'`);
    if (token.length < MIN_TOKEN_LENGTH) throw new TokenConfigError(`ROLEGRAPH_API_TOKENS entry "${label}": the token must be at least ${MIN_TOKEN_LENGTH} characters`);
    const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
    if (scopes.length === 0 || unknown.length > 0) throw new TokenConfigError(`ROLEGRAPH_API_TOKENS entry "${label}": scopes must be read and/or write joined by '+', got "${scopes.join('+')}"`);
    if (entries.some((e) => e.label === label)) throw new TokenConfigError(`ROLEGRAPH_API_TOKENS: label "${label}" appears twice`);
    entries.push({ label, digest: sha256(token), scopes: scopes as Scope[] });
  });
  return entries;
}

/** A check of presented secrets against one configured secret (a digest kept, compared in constant time). */
export function secretMatcher(secret: string): (presented: string) => boolean {
  const digest = sha256(secret);
  return (presented) => timingSafeEqual(digest, sha256(presented));
}

/** The entry a presented token belongs to, or null; always compares against every entry. */
export function matchToken(entries: readonly TokenEntry[], presented: string): TokenEntry | null {
  const digest = sha256(presented);
  let found: TokenEntry | null = null;
  for (const entry of entries) {
    if (timingSafeEqual(entry.digest, digest) && found === null) found = entry;
  }
  return found;
}
