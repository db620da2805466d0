// One round trip per top-level field: a read compiles its whole selection (nested lists, fragments,
// aliases, @skip/@include, variables) into one Cypher statement, however deep and however long the lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsService } from '../../../src/analytics/service.js';
import { cypherExtensionsPlugin } from '../../../src/graphql/middleware/cypherExtensions.js';
import type { Graph } from '../../../src/store/graph.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { testGraph } from '../../support/db.js';
import { apiSuite } from '../../support/fixtures.js';

// Nested lists name their sizes so the query stays inside the complexity budget (the limits plugin).
const NESTED = `query($first: Int) {
  roles(first: $first) { totalCount edges { node { id name
    skills(first: 4) { importance skill { id name
      roles(first: 4) { importance role { id name
        tools(first: 4) { id name } } } } } } } } }`;

describe('read API: round trips', () => {
  const suite = apiSuite();
  // Its own Graph and API, so nothing else running on the suite's driver shows in the counts.
  let own: Graph;
  let api: TestApi;
  beforeAll(async () => {
    own = testGraph();
    // The analytics clock stands still: the graph-version check (a round trip every 2 s, whichever request
    // is due) would otherwise land in a count whenever a loaded machine spaces two requests 2 s apart.
    api = await startTestApi(own, { plugins: [cypherExtensionsPlugin()], analytics: new AnalyticsService(own, { now: () => 0 }) });
    // Lists without `first` are priced by the graph's measured bounds: measure them now, so no count
    // below includes the projection load the first expensive query would start.
    await api.app.analytics.measuredBounds();
  });
  afterAll(async () => {
    await api?.close();
    await own?.close();
  });

  async function cost(query: string, variables: Record<string, unknown> = {}) {
    const before = own.roundTrips;
    const { body } = await api.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return { trips: own.roundTrips - before, data: body.data as any, cypher: (body as any).extensions?.cypher as string[] };
  }

  it('costs one round trip for a page four levels deep, for 5 roles as for 20', async () => {
    const small = await cost(NESTED, { first: 5 });
    const large = await cost(NESTED, { first: 20 });
    expect(small.trips).toBe(1);
    expect(large.trips).toBe(1);
    const count = (data: any) => data.roles.edges.flatMap((e: any) => e.node.skills.flatMap((s: any) => s.skill.roles.flatMap((r: any) => [r.role, ...r.role.tools]))).length;
    expect(count(large.data)).toBeGreaterThan(count(small.data));
    expect(count(large.data)).toBeGreaterThan(200);
  });

  it('reads provenance, statements, connections and sources with the role, in one round trip', async () => {
    const { trips, data } = await cost(`{ role(id: "backend-developer") {
      summary sources { id title }
      skills { importance stated sources { id } skill { id name sources { id } } }
      responsibilities { name stated sources { title } }
      collaborators { context role { id collaborators { role { id } } } }
      toolsConnection(first: 3) { totalCount pageInfo { hasNextPage } edges { cursor node { name roles(first: 2) { id } } } }
      skillsConnection(first: 2) { edges { importance node { rolesConnection(first: 1) { totalCount } } } }
    } }`);
    expect(trips).toBe(1);
    expect(data.role.skills.find((s: any) => s.skill.id === 'api-design').sources.map((s: any) => s.id)).toContain('bd-vs-dxe');
    expect(data.role.responsibilities[0].sources[0].title).toBeTruthy();
    expect(data.role.toolsConnection.edges).toHaveLength(3);
    expect(data.role.skillsConnection.edges[0].node.rolesConnection.totalCount).toBeGreaterThan(0);
  });

  it('follows fragments, aliases, @skip/@include and variables in the same statement', async () => {
    const query = `query($id: ID!, $withTools: Boolean!, $n: Int) {
      role(id: $id) { ...Head
        few: skills(first: $n) { skill { name } }
        all: skills { skill { id } }
        tools @include(if: $withTools) { name }
        practices @skip(if: $withTools) { name }
        ... on Role { careerMoves { kind role { ...Head } } } } }
      fragment Head on Role { id name origin }`;
    const { trips, data, cypher } = await cost(query, { id: 'backend-developer', withTools: true, n: 2 });
    expect(trips).toBe(1);
    expect(data.role.few).toHaveLength(2);
    expect(data.role.all.length).toBeGreaterThan(2);
    expect(data.role.tools.length).toBeGreaterThan(0);
    expect(data.role.practices).toBeUndefined();
    expect(data.role.careerMoves[0].role.origin).toBeTruthy();
    // The statement reads what was asked for, nothing more.
    expect(cypher).toHaveLength(1);
    expect(cypher[0]).toContain(':param skills_first => 2');
    expect(cypher[0]).not.toContain('PRACTICES');
  });

  it('costs one round trip per top-level field, and one for many aliases of the same lookup', async () => {
    expect((await cost('{ a: role(id: "backend-developer") { name } b: skill(id: "api-design") { name } }')).trips).toBe(2);
    const names = Array.from({ length: 20 }, (_, i) => `r${i}: role(name: "${i % 2 ? 'dx engineer' : 'BACK-END developer'}") { id skills(first: 2) { skill { name } } }`).join(' ');
    const many = await cost(`{ ${names} }`);
    expect(many.trips).toBe(1);
    expect(many.data.r0.id).toBe('backend-developer');
    expect(many.data.r1.id).toBe('developer-experience-engineer');
  });

  it('batches the lists of objects the analytics return', async () => {
    await cost('{ similarRoles(role: "backend-developer", first: 3) { role { id } } }');
    const { trips, data } = await cost('{ similarRoles(role: "backend-developer", first: 3) { role { id tools(first: 2) { id } skills(first: 2) { skill { id } } } } }');
    // One statement per list field, each batched over every similar role.
    expect(trips).toBe(2);
    expect(data.similarRoles.every((s: any) => Array.isArray(s.role.tools))).toBe(true);
  });

  it('prints statements that run as printed, as in Neo4j Browser', async () => {
    const { data, cypher } = await cost('{ role(name: "backend developer") { id tools(origin: CURATED, first: 2) { id } } }');
    const [printed] = cypher;
    const params: Record<string, unknown> = {};
    const lines = printed.split('\n');
    for (const line of lines.filter((l) => l.startsWith(':param '))) {
      const [, name, value] = /^:param (\w+) => (.*)$/.exec(line)!;
      params[name] = JSON.parse(value.replace(/'/g, '"'));
    }
    const text = lines.filter((l) => !l.startsWith(':param ')).join('\n');
    const rows = await suite.graph.read(text.replace(/LIMIT \$(\w+)/g, 'LIMIT toInteger($$$1)'), params);
    expect(rows[0].node.id).toBe(data.role.id);
    expect(rows[0].node['@tools(first:2,origin:"curated")'].map((t: any) => t.id)).toEqual(data.role.tools.map((t: any) => t.id));
  });
});
