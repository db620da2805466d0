// O*NET's "Hot Technology" and "In Demand" flags, per occupation: stored on the USES_TOOL link by the O*NET
// importer, served on the edges of Role.toolsConnection and Tool.rolesConnection, and summed up on the
// tool (Tool.hot / Tool.inDemand: for at least one occupation). Curated links and tools carry no flag and
// read null, never false. Against the curated graph plus the small ESCO and O*NET fixtures, imported by the
// real importers. And a tool's equivalents in the other sources (SAME_AS), tools and skills.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/store/graph.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { testGraph } from '../../support/db.js';
import { loadThreeSources } from '../../support/threeSources.js';

const AWS = 'onet-tool:amazon-web-services-aws-software';
const POST_IT = 'onet-tool:3m-post-it-app';
const WEB_DEVELOPERS = '15-1254.00';

describe('O*NET hot technologies through the API', () => {
  let graph: Graph;
  let api: TestApi;
  beforeAll(async () => {
    graph = testGraph();
    await loadThreeSources(graph);
    api = await startTestApi(graph);
  }, 300_000);
  afterAll(async () => {
    await api?.close();
    await graph?.close();
  });

  async function data(query: string, variables?: Record<string, unknown>) {
    const { body } = await api.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as any;
  }

  it('serves each occupation\'s flags on Tool.rolesConnection edges, as the link stores them', async () => {
    const rows = await graph.read('MATCH (r:Role)-[u:USES_TOOL]->(:Tool {id: $id}) RETURN r.id AS id, u.hot AS hot, u.inDemand AS inDemand ORDER BY r.name, r.id', { id: AWS });
    expect(rows.length).toBeGreaterThan(2);
    const d = await data('query($id: ID!) { tool(id: $id) { name hot inDemand rolesConnection { totalCount edges { cursor hot inDemand stated node { id name } } } } }', { id: AWS });
    const conn = d.tool.rolesConnection;
    expect(conn.totalCount).toBe(rows.length);
    expect(conn.edges.map((e: any) => ({ id: e.node.id, hot: e.hot, inDemand: e.inDemand }))).toEqual(rows);
    expect(new Set(conn.edges.map((e: any) => e.inDemand))).toEqual(new Set([true, false]));
    // Hot for at least one occupation, and in demand for at least one.
    expect(d.tool).toMatchObject({ hot: true, inDemand: true });
  });

  it('pages the flagged edges like any connection', async () => {
    const all = (await data('query($id: ID!) { tool(id: $id) { rolesConnection { edges { hot node { id } } } } }', { id: AWS })).tool.rolesConnection.edges;
    const first = (await data('query($id: ID!) { tool(id: $id) { rolesConnection(first: 1) { pageInfo { hasNextPage endCursor } edges { hot node { id } } } } }', { id: AWS })).tool.rolesConnection;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await data('query($id: ID!, $after: String) { tool(id: $id) { rolesConnection(after: $after) { edges { hot node { id } } } } }', { id: AWS, after: first.pageInfo.endCursor })).tool.rolesConnection;
    expect([...first.edges, ...rest.edges]).toEqual(all);
  });

  it('serves an occupation\'s flags on Role.toolsConnection edges, read with the role or for an analytics result', async () => {
    const rows = await graph.read('MATCH (:Role {id: $id})-[u:USES_TOOL]->(t:Tool) RETURN t.id AS id, u.hot AS hot, u.inDemand AS inDemand ORDER BY t.name, t.id', { id: WEB_DEVELOPERS });
    expect(rows.some((r) => r.hot === true) && rows.some((r) => r.hot === false)).toBe(true);
    const d = await data('query($id: ID!) { role(id: $id) { tools { id } toolsConnection { edges { hot inDemand node { id } } } } }', { id: WEB_DEVELOPERS });
    expect(d.role.toolsConnection.edges.map((e: any) => ({ id: e.node.id, hot: e.hot, inDemand: e.inDemand }))).toEqual(rows);
    // The plain list stays a list of tools.
    expect(d.role.tools.map((t: any) => t.id)).toEqual(rows.map((r) => r.id));
    // A role built by the analytics ({id, name}) reads its edges in a statement of their own.
    const similar = await data('{ similarRoles(role: "15-1252.00", origins: [ONET], first: 5) { role { id toolsConnection(first: 3) { totalCount edges { hot node { id } } } } } }');
    const web = similar.similarRoles.find((s: any) => s.role.id === WEB_DEVELOPERS);
    expect(web.role.toolsConnection.totalCount).toBe(rows.length);
    expect(web.role.toolsConnection.edges.map((e: any) => ({ id: e.node.id, hot: e.hot }))).toEqual(rows.slice(0, 3).map((r) => ({ id: r.id, hot: r.hot })));
  });

  it('serves a tool\'s SAME_AS equivalents, tools and skills, whichever way the link points', async () => {
    // The links rolegraph link would write between the sources (it is not run on this graph).
    const esco = (await graph.read("MATCH (s:Skill {origin: 'esco'}) RETURN s.id AS id, s.name AS name ORDER BY s.id LIMIT 1"))[0];
    await graph.write(`MATCH (c:Tool {id: 'aws'}), (o:Tool {id: $aws}), (s:Skill {id: $skill})
      CREATE (o)-[:SAME_AS {method: 'name', score: 1.0, reviewed: false, origin: 'link'}]->(c), (c)-[:SAME_AS {method: 'embedding', score: 0.9, reviewed: false, origin: 'link'}]->(s)`, { aws: AWS, skill: esco.id });
    const d = await data(`query($aws: ID!) {
      curated: tool(id: "aws") { sameAsTools { id origin } sameAsSkills { id name origin } sameAsToolsConnection { totalCount edges { node { id } } } }
      onet: tool(id: $aws) { sameAsTools { id origin } sameAsSkills { id } }
      docker: tool(id: "docker") { sameAsTools { id } sameAsSkills { id } }
    }`, { aws: AWS });
    expect(d.curated.sameAsTools).toEqual([{ id: AWS, origin: 'ONET' }]);
    expect(d.curated.sameAsSkills).toEqual([{ id: esco.id, name: esco.name, origin: 'ESCO' }]);
    expect(d.curated.sameAsToolsConnection).toEqual({ totalCount: 1, edges: [{ node: { id: AWS } }] });
    expect(d.onet).toEqual({ sameAsTools: [{ id: 'aws', origin: 'CURATED' }], sameAsSkills: [] });
    expect(d.docker).toEqual({ sameAsTools: [], sameAsSkills: [] });
  });

  it('says nothing for curated links and tools, and false for an O*NET tool no occupation marks', async () => {
    const d = await data(`query($postIt: ID!) {
      role(id: "backend-developer") { toolsConnection { edges { hot inDemand node { id origin } } } }
      docker: tool(id: "docker") { origin hot inDemand rolesConnection { edges { hot inDemand node { origin } } } }
      postIt: tool(id: $postIt) { hot inDemand rolesConnection { edges { hot } } }
    }`, { postIt: POST_IT });
    const curated = d.role.toolsConnection.edges;
    expect(curated.length).toBeGreaterThan(10);
    expect(curated.every((e: any) => e.hot === null && e.inDemand === null)).toBe(true);
    expect(d.docker).toMatchObject({ origin: 'CURATED', hot: null, inDemand: null });
    expect(d.docker.rolesConnection.edges.every((e: any) => e.hot === null)).toBe(true);
    expect(d.postIt).toMatchObject({ hot: false, inDemand: false });
    expect(d.postIt.rolesConnection.edges.length).toBeGreaterThan(1);
    expect(d.postIt.rolesConnection.edges.every((e: any) => e.hot === false)).toBe(true);
  });
});
