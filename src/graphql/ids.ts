// Ids of the answers that are things in their own right (a comparison of these roles, the gap between
// these two, a hit of this search, the link between this role and this skill), so a normalising client
// cache (Apollo's InMemoryCache, urql's Graphcache) keys them instead of storing them under the field
// that returned them, where a second query about the same thing would replace them (docs/api.md). An id
// is deterministic: the same question gives the same id, and nothing else does.
import { createHash } from 'node:crypto';

/** `<kind>:<base64url of the parts as JSON>`: opaque to clients, unambiguous whatever the parts hold. */
export function valueId(kind: string, ...parts: readonly unknown[]): string {
  return `${kind}:${Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url')}`;
}

/** Stands for a person's text in an id: its SHA-256, so the id tells texts apart without carrying them. */
export function textKey(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}
