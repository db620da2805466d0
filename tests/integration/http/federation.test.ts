// rolegraph as an Apollo Federation 2 subgraph (ROLEGRAPH_FEDERATION=true) against the real API on the
// curated test graph: `_service` serves the checked-in schema.subgraph.graphql, `_entities` resolves
// references in one round trip per label and is priced and capped like any list; then the SDL is composed
// with a small "jobs board" subgraph written here (it extends Role by id with `openings`) by
// @apollo/composition, and @apollo/gateway serves the supergraph in-process, resolving queries that cross
// both subgraphs in each direction.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { federationConfig } from '../../../src/config.js';
import { loadSafelist } from '../../../src/http/persistedOperations.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { testGraph } from '../../support/db.js';
import { loadApiFixtures } from '../../support/fixtures.js';

const SUBGRAPH_FILE = 'schema.subgraph.graphql';

/** The second subgraph: job openings per role, keyed by rolegraph's role ids. */
const OPENINGS: Record<string, number> = { 'backend-developer': 12, 'platform-engineer': 4 };
const JOBS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
  type Role @key(fields: "id") {
    id: ID!
    "Open positions on the jobs board."
    openings: Int!
  }
  type Query {
    "Roles with open positions, most first."
    hiring: [Role!]!
  }
`;
const jobsResolvers = {
  Query: { hiring: () => Object.entries(OPENINGS).sort((a, b) => b[1] - a[1]).map(([id]) => ({ id })) },
  Role: {
    __resolveReference: ({ id }: { id: string }) => ({ id }),
    openings: ({ id }: { id: string }) => OPENINGS[id] ?? 0,
  },
};

/** Starts an Apollo Server on a loopback port; returns its URL. */
async function serve(server: ApolloServer): Promise<string> {
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return url;
}

describe('rolegraph as a federation subgraph', () => {
  const graph = testGraph();
  let api: TestApi;

  beforeAll(async () => {
    await loadApiFixtures(graph);
    expect(federationConfig({ ROLEGRAPH_FEDERATION: 'true' }).enabled).toBe(true);
    expect(federationConfig({}).enabled).toBe(false);
    api = await startTestApi(graph, { federation: true });
  }, 300_000);
  afterAll(async () => {
    await api?.close();
    await graph.close();
  });

  it('serves the checked-in subgraph SDL, with Role, Skill, Tool and Practice keyed by id', async () => {
    const r = await api.gql('{ _service { sdl } }');
    expect(r.status).toBe(200);
    const sdl = r.body.data._service.sdl as string;
    expect(fs.readFileSync(SUBGRAPH_FILE, 'utf8')).toBe(`# Generated from the type-graphql code by \`npm run schema\`; do not edit by hand.\n\n${sdl}\n`);
    for (const label of ['Role', 'Skill', 'Tool', 'Practice']) expect(sdl).toMatch(new RegExp(`type ${label} implements Node\\s+@key\\(fields: "id"\\)`));
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.5"');
  });

  it('keeps the plain schema\'s answers in federation mode', async () => {
    const r = await api.gql('{ role(name: "backend developer") { id skills(first: 3) { skill { name } } } skillGap(from: "no-such-role", to: "platform-engineer") { coverage } }');
    expect(r.body.data.role.id).toBe('backend-developer');
    expect(r.body.data.role.skills).toHaveLength(3);
    expect(r.body.data.skillGap).toBeNull();
    expect(r.body.errors![0]).toMatchObject({ path: ['skillGap'], extensions: { code: 'NOT_FOUND' } });
  });

  const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    __typename ... on Role { id name skills(first: 2) { skill { id } } } ... on Tool { id name } ... on Skill { id name } ... on Practice { id name } } }`;

  it('resolves references with the per-request loaders: one round trip per label, null for an unknown id', async () => {
    const representations = [
      { __typename: 'Role', id: 'backend-developer' },
      { __typename: 'Tool', id: 'docker' },
      { __typename: 'Role', id: 'platform-engineer' },
      { __typename: 'Role', id: 'no-such-role' },
      { __typename: 'Skill', id: 'api-design' },
    ];
    const before = graph.roundTrips;
    const r = await api.gql(ENTITIES, { representations });
    const trips = graph.roundTrips - before;
    expect(r.body.errors).toBeUndefined();
    const [bd, docker, pe, unknown, skill] = r.body.data._entities;
    expect(bd).toMatchObject({ __typename: 'Role', id: 'backend-developer', name: 'Backend Developer' });
    expect(bd.skills).toHaveLength(2);
    expect(docker).toEqual({ __typename: 'Tool', id: 'docker', name: 'Docker' });
    expect(pe).toMatchObject({ __typename: 'Role', name: 'Platform Engineer' });
    expect(unknown).toBeNull();
    expect(skill).toEqual({ __typename: 'Skill', id: 'api-design', name: 'API Design' });
    // Three labels, three compiled lookups, each batched over its ids.
    expect(trips).toBe(3);
  });

  it('prices _entities by its representations and refuses more than ROLEGRAPH_MAX_FIRST of them', async () => {
    const roles = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Role', id: `role-${i}` }));
    const before = graph.roundTrips;
    const tooMany = await api.gql(ENTITIES, { representations: roles(101) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'representations', field: '_entities' } });
    expect(tooMany.body.errors![0].message).toContain('must hold at most 100 items, got 101');
    // Within the cap, but 100 roles with their skills are over the complexity budget.
    const dear = await api.gql(`query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Role { skills { skill { roles { role { name } } } } } } }`, { representations: roles(100) });
    expect(dear.status).toBe(400);
    expect(dear.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(graph.roundTrips).toBe(before);
    const cheap = await api.gql('query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Role { id } } }', { representations: roles(100) });
    expect(cheap.status).toBe(200);
    expect(cheap.body.data._entities).toHaveLength(100);
  });

  it('keeps safelist mode: a listed _entities operation runs, anything else is refused', async () => {
    const doc = 'query Ref($representations: [_Any!]!) { _entities(representations: $representations) { ... on Tool { name } } }';
    const hash = createHash('sha256').update(doc).digest('hex');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-federation-'));
    const file = path.join(dir, 'persisted-documents.json');
    fs.writeFileSync(file, JSON.stringify({ [hash]: doc }));
    const safelisted = await startTestApi(graph, { federation: true, safelist: loadSafelist(file) });
    try {
      const post = (body: unknown) => fetch(`${safelisted.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (res) => ({ status: res.status, body: (await res.json()) as any }));
      const listed = await post({ documentId: hash, variables: { representations: [{ __typename: 'Tool', id: 'kubernetes' }] } });
      expect(listed.body).toEqual({ data: { _entities: [{ name: 'Kubernetes' }] } });
      const other = await post({ query: '{ _service { sdl } }' });
      expect(other.status).toBe(400);
      expect(other.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    } finally {
      await safelisted.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('composed with a jobs-board subgraph behind @apollo/gateway', () => {
    const servers: ApolloServer[] = [];
    let gatewayUrl: string;
    const ask = async (query: string) => {
      const res = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return { status: res.status, body: (await res.json()) as any };
    };

    beforeAll(async () => {
      const jobs = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(JOBS_SDL), resolvers: jobsResolvers as never }), plugins: [ApolloServerPluginInlineTraceDisabled()] });
      servers.push(jobs);
      const jobsUrl = await serve(jobs);
      const composed = composeServices([
        { name: 'rolegraph', url: `${api.url}/graphql`, typeDefs: parse(fs.readFileSync(SUBGRAPH_FILE, 'utf8')) },
        { name: 'jobs', url: jobsUrl, typeDefs: parse(JOBS_SDL) },
      ]);
      expect(composed.errors ?? []).toEqual([]);
      const gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl! }) });
      servers.push(gateway);
      gatewayUrl = await serve(gateway);
    });
    afterAll(async () => {
      for (const s of servers.reverse()) await s.stop();
    });

    it('answers a rolegraph query with a field from the jobs subgraph', async () => {
      const r = await ask('{ role(id: "backend-developer") { name openings skills(first: 2) { skill { name } } } }');
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.role).toMatchObject({ name: 'Backend Developer', openings: 12 });
      expect(r.body.data.role.skills).toHaveLength(2);
    });

    it('answers a jobs query with rolegraph\'s fields, fetched through _entities', async () => {
      const before = graph.roundTrips;
      const r = await ask('{ hiring { id openings name tools(first: 3) { name } } }');
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.hiring.map((h: any) => [h.id, h.openings, h.name])).toEqual([
        ['backend-developer', 12, 'Backend Developer'],
        ['platform-engineer', 4, 'Platform Engineer'],
      ]);
      expect(r.body.data.hiring[0].tools).toHaveLength(3);
      // Both roles in one batched lookup.
      expect(graph.roundTrips - before).toBe(1);
    });

    it('answers rolegraph\'s questions through the gateway, nodes extended by the jobs subgraph inside them', async () => {
      const r = await ask('{ careerPaths(from: "backend-developer", to: "platform-engineer", first: 2) { totalCost steps { to { name openings } } } }');
      expect(r.body.errors).toBeUndefined();
      const last = r.body.data.careerPaths[0].steps.at(-1);
      expect(last.to).toEqual({ name: 'Platform Engineer', openings: 4 });
    });
  });
});
