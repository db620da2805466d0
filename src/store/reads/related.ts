// Relationship fields, batched over many parent nodes: each query in cypher/queries/<name>.cypher takes
// $ids (and $first, $origin) and returns one row per parent with its items, each item the relationship's
// properties plus the far node under `node`.
import neo4j from 'neo4j-driver';
import { cypher } from '../cypherFiles.js';
import type { Db } from '../graph.js';
import { complete, type NodeRecord } from './nodes.js';

export type RelatedQuery =
  | 'role-skills' | 'role-tools' | 'role-metrics' | 'role-practices' | 'role-collaborators' | 'role-reports-to'
  | 'role-reports' | 'role-career-moves' | 'role-statements' | 'role-maps-to' | 'role-mapped-from'
  | 'role-broader' | 'role-narrower'
  | 'skill-roles' | 'skill-tools' | 'skill-broader' | 'skill-narrower' | 'skill-prerequisites'
  | 'skill-prerequisite-of' | 'skill-related'
  | 'tool-roles' | 'tool-skills' | 'tool-practices'
  | 'practice-roles' | 'practice-tools'
  | 'metric-roles';

export interface RelatedArgs {
  /** Most items per parent. */
  first: number;
  /** Keep only far nodes of this origin (curated, esco, onet, api); null for all. */
  origin: string | null;
}

/** A relationship's properties plus the node at its far end. */
export type RelatedItem = Record<string, any> & { node: NodeRecord };

/** Items per parent id, in the query's order; parents without items map to []. */
export async function relatedByIds(graph: Db, query: RelatedQuery, ids: readonly string[], args: RelatedArgs): Promise<RelatedItem[][]> {
  const rows = await graph.read(cypher(`queries/${query}`), { ids: [...ids], first: neo4j.int(args.first), origin: args.origin });
  const byId = new Map<string, RelatedItem[]>();
  for (const row of rows) {
    byId.set(row.id as string, (row.items as RelatedItem[]).map((item) => ({ ...item, node: complete(item.node) })));
  }
  return ids.map((id) => byId.get(id) ?? []);
}
