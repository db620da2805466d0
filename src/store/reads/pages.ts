// Keyset pagination over one label in (name, id) order: the page after a position, plus the total. The
// statement is built from pieces so that only what is asked for runs: the total from the count store when
// nothing filters (one db hit), the filters only when given, and the nodes projected as the caller's
// selection asks (src/graphql/compile/).
import type { ConceptLabel } from '../../model.js';
import { indent } from './relationshipCypher.js';

export type ListLabel = ConceptLabel;

/** A position in (name, id) order; a page starts strictly after it. */
export interface PagePosition {
  name: string;
  id: string;
}

export interface PageRequest {
  first: number;
  after: PagePosition | null;
  /** Substring of a name or alias, compared after nameKey folding; null or blank for all. */
  search: string | null;
  origin: string | null;
}

export interface PageParts {
  /** Count the nodes matching the filters. */
  total: boolean;
  /** The projection of each page node over `n` (e.g. `n {.id, .name}`); null: no nodes asked for. */
  projection: string | null;
}

/** Nodes of `label` matching the filters (`search`: a folded substring of a name or alias key). */
function matching(label: ListLabel, filtered: { search: boolean; origin: boolean }): string[] {
  const conditions = [...(filtered.origin ? ['n.origin = $origin'] : []), ...(filtered.search ? ['any(k IN n.keys WHERE k CONTAINS $search)'] : [])];
  return [`MATCH (n:${label})`, ...(conditions.length > 0 ? [`WHERE ${conditions.join(' AND ')}`] : [])];
}

/**
 * The page statement. Returns `totalCount` and `nodes` (up to $first + 1 after the cursor). The range on
 * n.name lets the planner walk the name index in order and stop after the page when nothing filters.
 */
export function pageStatement(label: ListLabel, filtered: { search: boolean; origin: boolean; after: boolean }, parts: PageParts): string {
  const blocks: string[] = [];
  if (parts.total) {
    const count = filtered.search || filtered.origin ? [...matching(label, filtered), 'RETURN count(n) AS totalCount'] : [`RETURN COUNT { (:${label}) } AS totalCount`];
    blocks.push(`CALL () {\n${indent(count.join('\n'))}\n}`);
  }
  if (parts.projection) {
    const lines = matching(label, filtered);
    const position = filtered.after ? 'n.name >= $afterName AND (n.name > $afterName OR n.id > $afterId)' : "n.name >= ''";
    lines.push(`${filtered.origin || filtered.search ? 'AND' : 'WHERE'} ${position}`);
    lines.push('WITH n ORDER BY n.name, n.id LIMIT $first + 1', `RETURN collect(${parts.projection}) AS nodes`);
    blocks.push(`CALL () {\n${indent(lines.join('\n'))}\n}`);
  }
  const columns = [parts.total ? 'totalCount' : '0 AS totalCount', parts.projection ? 'nodes' : '[] AS nodes'];
  return [...blocks, `RETURN ${columns.join(', ')}`].join('\n');
}

/** The parameters of a page statement (the filters it was built with decide which are used). */
export function pageParams(req: PageRequest, search: string | null, int: (n: number) => unknown): Record<string, unknown> {
  const params: Record<string, unknown> = { first: int(req.first) };
  if (search) params.search = search;
  if (req.origin) params.origin = req.origin;
  if (req.after) Object.assign(params, { afterName: req.after.name, afterId: req.after.id });
  return params;
}
