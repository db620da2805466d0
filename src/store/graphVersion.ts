// A single (:Meta {id: 'graph'}) node whose `version` every writer bumps (seed, importers, mutations),
// so in-memory projections in any API process know when to refresh.
import { cypher, splitStatements } from './cypherFiles.js';
import { Graph, type Tx } from './graph.js';

/** The statement alone (no header comment): the curated Browser script embeds it. */
export const BUMP_GRAPH_VERSION = splitStatements(cypher('store/bump-graph-version'))[0];
export const READ_GRAPH_VERSION = cypher('store/read-graph-version');

export async function bumpGraphVersion(db: Graph | Tx): Promise<number> {
  const rows = db instanceof Graph ? await db.write(BUMP_GRAPH_VERSION) : await db.run(BUMP_GRAPH_VERSION);
  return rows[0].version as number;
}

export async function readGraphVersion(graph: Graph): Promise<number> {
  const rows = await graph.read(READ_GRAPH_VERSION);
  return (rows[0]?.version as number) ?? 0;
}
