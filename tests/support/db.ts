// Helpers for integration tests: a Graph on the throwaway test Neo4j, and a reset to a known state.
import { inject } from 'vitest';
import { applySchema } from '../../src/db/bootstrap.js';
import { Graph } from '../../src/db/graph.js';

export function testNeo4j() {
  return inject('neo4j');
}

export function testGraph(): Graph {
  const n = testNeo4j();
  return Graph.connect({ uri: n.uri, username: n.username, password: n.password, queryTimeoutMs: 60_000 });
}

/** Empties the test database and re-applies the schema. */
export async function resetGraph(graph: Graph): Promise<void> {
  await graph.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await applySchema(graph);
}
