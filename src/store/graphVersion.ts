// A single (:Meta {id: 'graph'}) node whose `version` every writer bumps (seed, importers, mutations),
// so in-memory projections in any API process know when to refresh.
import { Graph, type Tx } from './graph.js';

export const BUMP_GRAPH_VERSION =
  "MERGE (m:Meta {id: 'graph'}) SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime() RETURN m.version AS version";
export const READ_GRAPH_VERSION = "OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN coalesce(m.version, 0) AS version";

export async function bumpGraphVersion(db: Graph | Tx): Promise<number> {
  const rows = db instanceof Graph ? await db.write(BUMP_GRAPH_VERSION) : await db.run(BUMP_GRAPH_VERSION);
  return rows[0].version as number;
}

export async function readGraphVersion(graph: Graph): Promise<number> {
  const rows = await graph.read(READ_GRAPH_VERSION);
  return (rows[0]?.version as number) ?? 0;
}
