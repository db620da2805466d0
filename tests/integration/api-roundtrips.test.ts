// No N+1: a nested query costs the same number of database round trips whatever the list sizes,
// because each relationship field is one batched `UNWIND $ids` query per request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { testGraph } from '../support/db.js';
import { loadApiFixtures } from './api-fixtures.js';

const NESTED = `query($first: Int) {
  roles(first: $first) { totalCount edges { node { id name
    skills { importance skill { id name
      roles { importance role { id name
        tools { id name } } } } } } } } }`;

describe('read API: round trips', () => {
  const graph = testGraph();
  let api: TestApi;
  beforeAll(async () => {
    await loadApiFixtures(graph);
    api = await startTestApi(graph);
  });
  afterAll(async () => {
    await api.close();
    await graph.close();
  });

  async function cost(query: string, variables: Record<string, unknown>) {
    const before = graph.roundTrips;
    const { body } = await api.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return { trips: graph.roundTrips - before, data: body.data };
  }

  it('costs one round trip per level, for 5 roles as for 20', async () => {
    const small = await cost(NESTED, { first: 5 });
    const large = await cost(NESTED, { first: 20 });
    // roles page, then role-skills, skill-roles and role-tools, each batched over every parent.
    expect(small.trips).toBe(4);
    expect(large.trips).toBe(4);
    const count = (data: any) => data.roles.edges.flatMap((e: any) => e.node.skills.flatMap((s: any) => s.skill.roles.map((r: any) => r.role.tools.length))).length;
    expect(count(large.data)).toBeGreaterThan(count(small.data));
    expect(count(large.data)).toBeGreaterThan(100);
  });

  it('loads every provenance list of a page in one round trip more', async () => {
    const q = 'query($first: Int) { roles(first: $first) { edges { node { skills { sources { id } } sources { id } } } } }';
    const small = await cost(q, { first: 3 });
    const large = await cost(q, { first: 20 });
    expect(large.trips).toBe(small.trips);
    expect(large.trips).toBeLessThanOrEqual(3);
  });
});
