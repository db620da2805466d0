import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGraph, testGraph } from '../../support/db.js';
import { startTestApi, type TestApi } from '../../support/api.js';

describe('the GraphQL API over HTTP', () => {
  const graph = testGraph();
  let api: TestApi;
  beforeAll(async () => {
    await resetGraph(graph);
    await graph.write("CREATE (:Role {id: 'smoke-role', name: 'Smoke Role', aliases: ['Smoke'], origin: 'curated'})");
    api = await startTestApi(graph);
  });
  afterAll(async () => {
    await api.close();
    await graph.close();
  });

  it('answers a role lookup from Neo4j', async () => {
    const { status, body } = await api.gql('query($id: ID) { role(id: $id) { id name aliases origin } }', { id: 'smoke-role' });
    expect(status).toBe(200);
    expect(body.data.role).toEqual({ id: 'smoke-role', name: 'Smoke Role', aliases: ['Smoke'], origin: 'CURATED' });
  });

  it('returns null for an unknown id', async () => {
    const { body } = await api.gql('{ role(id: "no-such-role") { id } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.role).toBeNull();
  });

  it('refuses malformed JSON with a 400, not a 5xx', async () => {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
  });
});
