// Typo-tolerant ranked search over the full-text index. The user's text becomes a Lucene query here:
// every special character is escaped (the text is still passed as a parameter; escaping only stops
// Lucene syntax in the input from changing the query), and each term matches exactly, as a prefix, or
// within an edit distance that grows with its length.
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

/**
 * Field boosts: a match in the name counts most, then in an alias, then in the description, so that
 * "kubernets" ranks the Kubernetes tool above an occupation that merely has Kubernetes in an alias.
 * The fields are those of the `search_index` full-text index (cypher/schema.cypher).
 */
export const FIELD_BOOSTS = { name: 4, aliasesText: 2, description: 1 } as const;

/** The terms of a search text that reach Lucene: lower-cased words, at most MAX_TERMS. */
export function searchTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter((t) => t.length > 0).slice(0, MAX_TERMS);
}

/** The Lucene query for a user's text, or null when it has no terms. Terms are lower-cased so AND/OR/NOT stay words. */
export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const t = term.replace(LUCENE_SPECIAL, '\\$&');
      const edits = fuzzyEdits(term);
      const match = `(${t}^3 OR ${t}*^2${edits > 0 ? ` OR ${t}~${edits}` : ''})`;
      // Each term must match in some field; where it matches sets its weight.
      return `(${Object.entries(FIELD_BOOSTS).map(([field, boost]) => `${field}:${match}${boost === 1 ? '' : `^${boost}`}`).join(' OR ')})`;
    })
    .join(' AND ');
}

export async function searchNodes(graph: Db, text: string, first: number, kinds: readonly SearchKind[] = SEARCH_KINDS): Promise<SearchRow[]> {
  const query = luceneQuery(text);
  if (query === null) return [];
  // Kinds are filtered after Lucene's limit, so ask for enough candidates that a narrow kind still fills a page.
  const candidates = Math.max(200, first * 10);
  const rows = await graph.read(cypher('queries/search'), { query, key: nameKey(text), kinds: [...kinds], candidates: neo4j.int(candidates), first: neo4j.int(first) });
  return rows as SearchRow[];
}
