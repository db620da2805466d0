// Typeahead search in tiers, in one statement (cypher/queries/search.cypher): exact names and aliases,
// then names and aliases starting with the text (both one prefix query on the name_keys index), then names and
// aliases with every word starting with a word of the text (full-text prefix terms), and only when those
// leave the page short, typo-tolerant fuzzy terms. Each tier scores inside its own band, so a better tier
// always ranks first. `keywordCandidates` returns the ranked candidates alone, so another ranking (a
// vector search) can be fused with them later.
import neo4j from 'neo4j-driver';
import { cypher } from '../cypherFiles.js';
import type { Db } from '../graph.js';
import { nameKey } from '../../domain/names.js';
import { CONCEPT_LABELS, type ConceptLabel } from '../../model.js';

export type SearchKind = ConceptLabel;
export const SEARCH_KINDS: readonly SearchKind[] = CONCEPT_LABELS;

export interface SearchRow {
  kind: SearchKind;
  id: string;
  name: string;
  origin: string | null;
  score: number;
  exact: boolean;
}

/** Most terms taken from the text; more would only slow Lucene down. */
export const MAX_TERMS = 8;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Edits allowed for a fuzzy term: none for short terms (they would match everything), then 1, then 2. */
export function fuzzyEdits(term: string): number {
  return term.length < 4 ? 0 : term.length < 7 ? 1 : 2;
}

/** Field boosts of the `search_index` full-text index (cypher/schema.cypher): a name counts most, then an alias. */
export const FIELD_BOOSTS = { name: 4, aliasesText: 2, description: 1 } as const;
/** The fields typeahead matches in: descriptions would make every tier slow and noisy. */
export const NAME_FIELDS = { name: 4, aliasesText: 2 } as const;

/** The terms of a search text that reach Lucene: lower-cased words, at most MAX_TERMS. */
export function searchTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter((t) => t.length > 0).slice(0, MAX_TERMS);
}

function escape(term: string): string {
  return term.replace(LUCENE_SPECIAL, '\\$&');
}

/** Every term must match in some field; where it matches sets its weight. */
function perTerm(text: string, fields: Record<string, number>, match: (t: string, term: string) => string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((term) => `(${Object.entries(fields).map(([field, boost]) => `${field}:${match(escape(term), term)}${boost === 1 ? '' : `^${boost}`}`).join(' OR ')})`)
    .join(' AND ');
}

/** Each term exactly, as a prefix, or within an edit distance growing with its length. Terms are lower-cased so AND/OR/NOT stay words. */
export function luceneQuery(text: string, fields: Record<string, number> = FIELD_BOOSTS): string | null {
  return perTerm(text, fields, (t, term) => {
    const edits = fuzzyEdits(term);
    return `(${t}^3 OR ${t}*^2${edits > 0 ? ` OR ${t}~${edits}` : ''})`;
  });
}

/** The folded text as the start of a whole name or alias (one term each in `name_keys`). */
export function keyPrefixQuery(key: string): string {
  return `keys:${key.replace(LUCENE_SPECIAL, '\\$&').replace(/ /g, '\\ ')}*`;
}

/** Each term as the start of a word of a name or alias. */
export function prefixQuery(text: string): string | null {
  return perTerm(text, NAME_FIELDS, (t) => `${t}*`);
}

/** Candidates of the keyword tiers, best first, at most `first` of the requested kinds. */
export async function keywordCandidates(graph: Db, text: string, first: number, kinds: readonly SearchKind[] = SEARCH_KINDS): Promise<SearchRow[]> {
  const key = nameKey(text);
  const prefix = prefixQuery(text);
  const fuzzy = luceneQuery(text, NAME_FIELDS);
  if (key === '' || prefix === null || fuzzy === null) return [];
  // Full-text limits apply before the kinds filter: ask for enough that a narrow kind still fills a page.
  const candidates = Math.max(50, first * 5);
  const rows = await graph.read(cypher('queries/search'), { key, keyPrefix: keyPrefixQuery(key), prefix, fuzzy, kinds: [...kinds], candidates: neo4j.int(candidates), first: neo4j.int(first) });
  return rows as SearchRow[];
}
