// No N+1: a nested query costs the same number of database round trips whatever the list sizes,
// because each relationship field is one batched `UNWIND $ids` query per request.
import { describe, expect, it } from 'vitest';
import { apiSuite } from '../../support/fixtures.js';

// Nested lists name their sizes so the query stays inside the complexity budget (the limits plugin).
const NESTED = `query($first: Int) {
  roles(first: $first) { totalCount edges { node { id name
    skills(first: 4) { importance skill { id name
      roles(first: 4) { importance role { id name
        tools(first: 4) { id name } } } } } } } } }`;

describe('read API: round trips', () => {
  const suite = apiSuite();

  async function cost(query: string, variables: Record<string, unknown>) {
    const before = suite.graph.roundTrips;
    const { body } = await suite.api.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return { trips: suite.graph.roundTrips - before, data: body.data };
  }

  it('costs one round trip per level, for 5 roles as for 20', async () => {
    const small = await cost(NESTED, { first: 5 });
    const large = await cost(NESTED, { first: 20 });
    // roles page, then role-skills, skill-roles and role-tools, each batched over every parent.
    expect(small.trips).toBe(4);
    expect(large.trips).toBe(4);
    // Nodes returned at the two deepest levels: more roles on top means many more below, at no extra cost.
    const count = (data: any) => data.roles.edges.flatMap((e: any) => e.node.skills.flatMap((s: any) => s.skill.roles.flatMap((r: any) => [r.role, ...r.role.tools]))).length;
    expect(count(large.data)).toBeGreaterThan(count(small.data));
    expect(count(large.data)).toBeGreaterThan(200);
  });

  it('loads every provenance list of a page in one round trip more', async () => {
    const q = 'query($first: Int) { roles(first: $first) { edges { node { skills { sources { id } } sources { id } } } } }';
    const small = await cost(q, { first: 3 });
    const large = await cost(q, { first: 20 });
    expect(large.trips).toBe(small.trips);
    expect(large.trips).toBeLessThanOrEqual(3);
  });
});
