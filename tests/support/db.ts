// Helpers for integration tests: a Graph on the throwaway test Neo4j, and a reset to a known state.
import { inject } from 'vitest';
import { applySchema } from '../../src/store/connect.js';
import { Graph } from '../../src/store/graph.js';

export function testNeo4j() {
  return inject('neo4j');
}

export function testGraph(): Graph {
  const n = testNeo4j();
  return Graph.connect({ uri: n.uri, username: n.username, password: n.password, queryTimeoutMs: 60_000 });
}

/**
 * Empties the test database and re-applies the schema. Relationships go first, in batches, so no batch of
 * nodes drags an unbounded number of relationships along (ESCO-sized graphs would exhaust transaction memory).
 */
export async function resetGraph(graph: Graph): Promise<void> {
  await graph.autoCommit('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
  await graph.autoCommit('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  await applySchema(graph);
}
