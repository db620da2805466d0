import { afterAll, describe, expect, it } from 'vitest';
import { testGraph, resetGraph } from '../../support/db.js';

describe('the throwaway test Neo4j', () => {
  const graph = testGraph();
  afterAll(() => graph.close());

  it('is a real Neo4j 5.26 that runs Cypher and counts round trips', async () => {
    await resetGraph(graph);
    const before = graph.roundTrips;
    const [row] = await graph.read('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
    expect(row.name).toBe('Neo4j Kernel');
    expect(row.version).toMatch(/^5\.26\./);
    expect(row.edition).toBe('community');
    expect(graph.roundTrips - before).toBe(1);
  });

  it('enforces the id uniqueness constraints from cypher/schema.cypher', async () => {
    await graph.write("CREATE (:Role {id: 'dup-test'})");
    await expect(graph.write("CREATE (:Role {id: 'dup-test'})")).rejects.toThrow(/already exists/);
    await graph.write("MATCH (r:Role {id: 'dup-test'}) DELETE r");
  });
});
