// Keeps a node's NameKey links in step with its `keys` (cypher/schema.cypher): links for keys it lost go,
// links for new keys are merged. Appended to every statement that writes `keys` (the importers' writer,
// the curation upsert), after a clause that binds the node as `n`.
import type { Db } from '../graph.js';

export const SYNC_NAME_KEYS = `CALL (n) {
  MATCH (n)<-[old:NAMES]-(k:NameKey) WHERE NOT k.key IN coalesce(n.keys, [])
  DELETE old
}
CALL (n) {
  UNWIND coalesce(n.keys, []) AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[:NAMES]->(n)
}`;

/**
 * Brings every node's NameKey links in step with its `keys`: for graphs written around the writers
 * (test fixtures, a hand-written Cypher load). The schema's own backfill only keys nodes that have none.
 */
export async function syncNameKeys(graph: Db): Promise<void> {
  await graph.write(`MATCH (n:Role|Skill|Tool|Practice|Metric|Source) WHERE n.keys IS NOT NULL\n${SYNC_NAME_KEYS}`);
}
