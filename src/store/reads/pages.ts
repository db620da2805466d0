// Keyset pagination over one label in (name, id) order: the page after a position, plus the total.
import neo4j from 'neo4j-driver';
import { cypher } from '../cypherFiles.js';
import type { Db } from '../graph.js';
import { nameKey } from '../../domain/names.js';
import { complete, type NodeRecord } from './nodes.js';

import type { ConceptLabel } from '../../model.js';

export type ListLabel = ConceptLabel;

const PAGE_QUERY: Record<ListLabel, string> = {
  Role: 'queries/roles-page',
  Skill: 'queries/skills-page',
  Tool: 'queries/tools-page',
  Practice: 'queries/practices-page',
};

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

export interface Page {
  nodes: NodeRecord[];
  hasNextPage: boolean;
  /** Nodes matching search and origin, ignoring the position. */
  totalCount: number;
}

export async function nodePage(graph: Db, label: ListLabel, req: PageRequest): Promise<Page> {
  const search = req.search ? nameKey(req.search) : '';
  const [row] = await graph.read(cypher(PAGE_QUERY[label]), {
    search: search === '' ? null : search,
    origin: req.origin,
    afterName: req.after?.name ?? null,
    afterId: req.after?.id ?? null,
    // LIMIT needs an integer; JS numbers travel as floats.
    first: neo4j.int(req.first),
  });
  const nodes = (row.nodes as NodeRecord[]).map(complete);
  return { nodes: nodes.slice(0, req.first), hasNextPage: nodes.length > req.first, totalCount: row.totalCount as number };
}
