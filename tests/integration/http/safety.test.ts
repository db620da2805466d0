// The API as a network client sees it: who may write, what is validated, what is refused before
// Neo4j is asked anything, and what the request log says (and never says).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServerPlugin } from '@apollo/server';
import { Graph } from '../../../src/store/graph.js';
import { readGraphVersion } from '../../../src/store/graphVersion.js';
import { resetGraph, testGraph, testNeo4j } from '../../support/db.js';
import { startTestApi, type TestApi } from '../../support/api.js';

const WRITE = 'curator-token-0123456789';
const READ = 'reader-token-0123456789';
const AUTH = { tokens: `curator:${WRITE}:read+write,ui:${READ}:read`, requireAuthForReads: false };
const asWriter = { authorization: `Bearer ${WRITE}` };

const READ_OP = 'query Look($id: ID) { role(id: $id) { id name } }';
const WRITE_OP = 'mutation Put($input: RoleInput!) { upsertRole(input: $input) { id name origin } }';

async function post(api: TestApi, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, body: json, headers: res.headers };
}

const codes = (body: any): unknown[] => (body.errors ?? []).map((e: any) => e.extensions?.code);

/** api.gql with an untyped body: these tests read errors and data freely. */
const gql = (api: TestApi, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: any }> =>
  api.gql(query, variables, headers);

describe('safety of the GraphQL API', () => {
  const graph = testGraph();
  const logLines: Record<string, unknown>[] = [];
  let api: TestApi;

  beforeAll(async () => {
    // resetGraph's CALL IN TRANSACTIONS refuses to run inside a managed transaction once there is data.
    await resetGraph(graph);
    await graph.write(`
      CREATE (:Role {id: 'backend-developer', name: 'Backend Developer', aliases: ['Backend Dev'], keys: ['backend developer', 'backend dev'], origin: 'curated'})
      CREATE (:Role {id: 'platform-engineer', name: 'Platform Engineer', aliases: [], keys: ['platform engineer'], origin: 'curated'})
      CREATE (:Skill {id: 'http://data.europa.eu/esco/skill/k8s-0001', name: 'Kubernetes', aliases: [], keys: ['kubernetes'], origin: 'esco'})
      CREATE (:Tool {id: 'terraform', name: 'Terraform', aliases: [], keys: ['terraform'], origin: 'curated'})
    `);
    api = await startTestApi(graph, { auth: AUTH, log: (obj, msg) => logLines.push({ ...(obj as object), msg }) });
  });
  afterAll(async () => {
    await api.close();
    await graph.close();
  });

  describe('auth matrix', () => {
    const input = { id: 'matrix-role', name: 'Matrix Role' };
    const cases: { who: string; headers: Record<string, string>; read: [number, string | null]; write: [number, string | null] }[] = [
      { who: 'no credential', headers: {}, read: [200, null], write: [401, 'UNAUTHENTICATED'] },
      { who: 'a bad token', headers: { authorization: 'Bearer not-a-real-token-000000' }, read: [401, 'UNAUTHENTICATED'], write: [401, 'UNAUTHENTICATED'] },
      { who: 'a malformed header', headers: { authorization: 'Token abc' }, read: [401, 'UNAUTHENTICATED'], write: [401, 'UNAUTHENTICATED'] },
      { who: 'a read-only token', headers: { authorization: `Bearer ${READ}` }, read: [200, null], write: [403, 'FORBIDDEN'] },
    ];
    for (const c of cases) {
      it(`${c.who}: read → ${c.read[0]}, write → ${c.write[0]} ${c.write[1]}`, async () => {
        const r = await gql(api, READ_OP, { id: 'backend-developer' }, c.headers);
        expect(r.status).toBe(c.read[0]);
        if (c.read[1]) expect(codes(r.body)).toEqual([c.read[1]]);
        else expect(r.body.data.role.name).toBe('Backend Developer');
        const w = await gql(api, WRITE_OP, { input }, c.headers);
        expect(w.status).toBe(c.write[0]);
        expect(codes(w.body)).toEqual([c.write[1]]);
        expect(w.body.data).toBeUndefined();
      });
    }

    it('the refused writes changed nothing', async () => {
      expect(await graph.read("MATCH (r:Role {id: 'matrix-role'}) RETURN r")).toHaveLength(0);
    });

    it('a write token can read and write', async () => {
      const r = await gql(api, READ_OP, { id: 'backend-developer' }, asWriter);
      expect(r.body.data.role.id).toBe('backend-developer');
      const w = await gql(api, WRITE_OP, { input }, asWriter);
      expect(w.status).toBe(200);
      expect(w.body).toEqual({ data: { upsertRole: { id: 'matrix-role', name: 'Matrix Role', origin: 'API' } } });
    });

    it('with no credential configured the API is read-only', async () => {
      const ro = await startTestApi(graph, { log: () => {} });
      try {
        expect((await gql(ro, READ_OP, { id: 'backend-developer' })).body.data.role.id).toBe('backend-developer');
        const w = await gql(ro, WRITE_OP, { input: { id: 'ro-role', name: 'RO' } }, asWriter);
        expect(w.status).toBe(403);
        expect(codes(w.body)).toEqual(['FORBIDDEN']);
        expect(w.body.errors[0].message).toMatch(/Writes are disabled/);
      } finally {
        await ro.close();
      }
    });

    it('reads can be made to need a credential', async () => {
      const closed = await startTestApi(graph, { auth: { ...AUTH, requireAuthForReads: true }, log: () => {} });
      try {
        const anon = await gql(closed, READ_OP, { id: 'backend-developer' });
        expect(anon.status).toBe(401);
        expect(codes(anon.body)).toEqual(['UNAUTHENTICATED']);
        expect((await gql(closed, READ_OP, { id: 'backend-developer' }, { authorization: `Bearer ${READ}` })).body.data.role.id).toBe('backend-developer');
      } finally {
        await closed.close();
      }
    });
  });

  describe('curation mutations', () => {
    it('upsert creates with provenance, keys and alias text, and bumps the graph version in the same write', async () => {
      const before = await readGraphVersion(graph);
      const w = await gql(api, WRITE_OP, { input: { id: 'site-reliability-engineer', name: 'Site Reliability Engineer', aliases: ['SRE', 'sre', 'Site-Reliability Eng'], summary: 'Keeps production up.' } }, asWriter);
      expect(w.body.errors).toBeUndefined();
      const [row] = await graph.read("MATCH (r:Role {id: 'site-reliability-engineer'}) RETURN r {.*, updatedAt: toString(r.updatedAt)} AS r");
      expect(row.r).toMatchObject({
        name: 'Site Reliability Engineer',
        aliases: ['SRE', 'Site-Reliability Eng'],
        keys: ['site reliability engineer', 'sre', 'site reliability eng'],
        aliasesText: 'SRE | Site-Reliability Eng',
        summary: 'Keeps production up.',
        origin: 'api',
        updatedBy: 'curator',
      });
      expect(row.r.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(await readGraphVersion(graph)).toBe(before + 1);
    });

    it('is idempotent: the same upsert twice leaves one node with the same content', async () => {
      const input = { id: 'idempotent-skill', name: 'Idempotency', aliases: ['Idem'], description: 'Same twice.' };
      const op = 'mutation($input: SkillInput!) { upsertSkill(input: $input) { id name aliases description origin } }';
      const a = await gql(api, op, { input }, asWriter);
      const b = await gql(api, op, { input }, asWriter);
      expect(b.body.data).toEqual(a.body.data);
      expect(a.body.data.upsertSkill).toEqual({ id: 'idempotent-skill', name: 'Idempotency', aliases: ['Idem'], description: 'Same twice.', origin: 'API' });
      expect(await graph.read("MATCH (s:Skill {id: 'idempotent-skill'}) RETURN s")).toHaveLength(1);
    });

    it('an update keeps the origin and the fields it does not send, and recomputes the keys', async () => {
      const w = await gql(api, WRITE_OP, { input: { id: 'backend-developer', name: 'Back-end Developer' } }, asWriter);
      expect(w.body.data.upsertRole).toEqual({ id: 'backend-developer', name: 'Back-end Developer', origin: 'CURATED' });
      const [row] = await graph.read("MATCH (r:Role {id: 'backend-developer'}) RETURN r.aliases AS aliases, r.keys AS keys, r.updatedBy AS by");
      expect(row).toEqual({ aliases: ['Backend Dev'], keys: ['back end developer', 'backend dev'], by: 'curator' });
    });

    it('validates input and names the field, writing nothing', async () => {
      const before = await readGraphVersion(graph);
      const bad: [Record<string, unknown>, string][] = [
        [{ id: 'Not A Slug', name: 'X' }, 'input.id'],
        [{ id: 'ok-id', name: 'x'.repeat(121) }, 'input.name'],
        [{ id: 'ok-id', name: '   ' }, 'input.name'],
        [{ id: 'ok-id', name: 'X', aliases: Array.from({ length: 31 }, (_, i) => `alias ${i}`) }, 'input.aliases'],
        [{ id: 'ok-id', name: 'X', summary: 'y'.repeat(2001) }, 'input.summary'],
      ];
      for (const [input, field] of bad) {
        const w = await gql(api, WRITE_OP, { input }, asWriter);
        expect(codes(w.body)).toEqual(['BAD_USER_INPUT']);
        expect(w.body.errors[0].extensions.argument).toBe(field);
        expect(w.body.errors[0].message).toContain(field);
      }
      const imp = await gql(api, 'mutation { linkRoleSkill(role: "platform-engineer", skill: "http://data.europa.eu/esco/skill/k8s-0001", importance: 6) { id } }', {}, asWriter);
      expect(imp.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'importance' });
      const kind = await gql(api, 'mutation { addCareerMove(from: "backend-developer", to: "platform-engineer", kind: SIDEWAYS) { id } }', {}, asWriter);
      expect(kind.status).toBe(400);
      expect(codes(kind.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(await graph.read("MATCH (r:Role {id: 'ok-id'}) RETURN r")).toHaveLength(0);
      expect(await readGraphVersion(graph)).toBe(before);
    });

    it('links a role to an imported skill by its URI, once, updating the importance', async () => {
      const op = 'mutation($i: Int!) { linkRoleSkill(role: "platform-engineer", skill: "http://data.europa.eu/esco/skill/k8s-0001", importance: $i) { id } }';
      expect((await gql(api, op, { i: 3 }, asWriter)).body.data.linkRoleSkill.id).toBe('platform-engineer');
      await gql(api, op, { i: 5 }, asWriter);
      const rows = await graph.read("MATCH (:Role {id: 'platform-engineer'})-[l:REQUIRES_SKILL]->(:Skill) RETURN l.importance AS importance, l.origin AS origin, l.updatedBy AS by");
      expect(rows).toEqual([{ importance: 5, origin: 'api', by: 'curator' }]);
    });

    it('links tools and records career moves', async () => {
      expect((await gql(api, 'mutation { linkRoleTool(role: "platform-engineer", tool: "terraform") { id } }', {}, asWriter)).body.data.linkRoleTool.id).toBe('platform-engineer');
      await gql(api, 'mutation { addCareerMove(from: "backend-developer", to: "platform-engineer", kind: LATERAL) { id } }', {}, asWriter);
      await gql(api, 'mutation { addCareerMove(from: "backend-developer", to: "platform-engineer", kind: GROWTH) { id } }', {}, asWriter);
      expect(await graph.read("MATCH (:Role {id: 'backend-developer'})-[m:CAN_MOVE_TO]->(:Role {id: 'platform-engineer'}) RETURN m.kind AS kind")).toEqual([{ kind: 'growth' }]);
      const self = await gql(api, 'mutation { addCareerMove(from: "backend-developer", to: "backend-developer", kind: GROWTH) { id } }', {}, asWriter);
      expect(self.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
      // SIMILAR is an answer of the engine, not a move anyone records.
      for (const derived of ['SIMILAR', 'EQUIVALENT']) {
        const refused = await gql(api, `mutation { addCareerMove(from: "backend-developer", to: "platform-engineer", kind: ${derived}) { id } }`, {}, asWriter);
        expect(refused.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'kind' });
        expect(refused.body.errors[0].message).toContain(`${derived} is an answer the engine derives`);
      }
      expect(await graph.read("MATCH (:Role {id: 'backend-developer'})-[m:CAN_MOVE_TO]->(:Role {id: 'platform-engineer'}) RETURN m.kind AS kind")).toEqual([{ kind: 'growth' }]);
      const { body } = await gql(api, '{ role(id: "backend-developer") { careerMoves { kind } } }');
      expect(body.data.role.careerMoves).toEqual([{ kind: 'GROWTH' }]);
    });

    it('answers NOT_FOUND naming the unknown id and argument', async () => {
      const w = await gql(api, 'mutation { linkRoleSkill(role: "platform-engineer", skill: "no-such-skill", importance: 2) { id } }', {}, asWriter);
      expect(w.body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'skill', id: 'no-such-skill' });
      const r = await gql(api, 'mutation { removeCareerMove(from: "nobody", to: "platform-engineer") }', {}, asWriter);
      expect(r.body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'from', id: 'nobody' });
      const d = await gql(api, 'mutation { deleteNode(kind: TOOL, id: "no-such-tool") { deleted } }', {}, asWriter);
      expect(d.body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'no-such-tool' });
    });

    it('removes links idempotently', async () => {
      const op = 'mutation { removeRoleTool(role: "platform-engineer", tool: "terraform") }';
      expect((await gql(api, op, {}, asWriter)).body.data.removeRoleTool).toBe(true);
      expect((await gql(api, op, {}, asWriter)).body.data.removeRoleTool).toBe(false);
      expect((await gql(api, 'mutation { removeCareerMove(from: "backend-developer", to: "platform-engineer") }', {}, asWriter)).body.data.removeCareerMove).toBe(true);
    });

    it('refuses to delete a linked node unless asked to detach', async () => {
      const refused = await gql(api, 'mutation { deleteNode(kind: SKILL, id: "http://data.europa.eu/esco/skill/k8s-0001") { deleted } }', {}, asWriter);
      expect(refused.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'detach' });
      expect(refused.body.errors[0].message).toMatch(/still has 1 relationship/);
      expect(await graph.read("MATCH (s:Skill {id: 'http://data.europa.eu/esco/skill/k8s-0001'}) RETURN s")).toHaveLength(1);
      const done = await gql(api, 'mutation { deleteNode(kind: SKILL, id: "http://data.europa.eu/esco/skill/k8s-0001", detach: true) { kind id deleted relationshipsRemoved } }', {}, asWriter);
      expect(done.body.data.deleteNode).toEqual({ kind: 'SKILL', id: 'http://data.europa.eu/esco/skill/k8s-0001', deleted: true, relationshipsRemoved: 1 });
      const unlinked = await gql(api, 'mutation { deleteNode(kind: ROLE, id: "matrix-role") { deleted relationshipsRemoved } }', {}, asWriter);
      expect(unlinked.body.data.deleteNode).toEqual({ deleted: true, relationshipsRemoved: 0 });
    });

    it('stores injection-looking strings verbatim, as data', async () => {
      const [{ n: before }] = await graph.read('MATCH (n) RETURN count(n) AS n');
      const names = ["') DETACH DELETE n //", '{"$ne":1}', "x' OR 1=1 --", '${jndi:ldap://x}', '<script>alert(1)</script>'];
      for (const [i, name] of names.entries()) {
        const w = await gql(api, WRITE_OP, { input: { id: `hostile-${i}`, name, aliases: [name.toUpperCase()] } }, asWriter);
        expect(w.body.data.upsertRole.name).toBe(name);
      }
      const rows = await graph.read("MATCH (r:Role) WHERE r.id STARTS WITH 'hostile-' RETURN r.name AS name ORDER BY r.id");
      expect(rows.map((r) => r.name)).toEqual(names);
      const [{ n: after }] = await graph.read('MATCH (n) RETURN count(n) AS n');
      expect(after).toBe(before + names.length);
    });
  });

  describe('limits, enforced before any database work', () => {
    // The server measures the graph's longest lists at start-up (npm start warms the projection); once
    // measured, pricing a query needs nothing from Neo4j. Earlier tests may or may not have asked an
    // analytics question, so measure it here.
    beforeAll(async () => {
      expect((await gql(api, '{ similarRoles(role: "backend-developer", first: 1) { score } }')).status).toBe(200);
    });

    async function refused(query: string, variables: Record<string, unknown> = {}) {
      const trips = graph.roundTrips;
      const r = await gql(api, query, variables);
      expect(graph.roundTrips).toBe(trips);
      return r;
    }

    it('refuses queries nested deeper than the limit', async () => {
      let sel = 'id';
      for (let i = 0; i < 6; i++) sel = `careerMoves { role { ${sel} } }`;
      const r = await refused(`query TooDeep { role(id: "backend-developer") { ${sel} } }`);
      expect(r.status).toBe(400);
      expect(codes(r.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(r.body.errors[0].message).toMatch(/"TooDeep" is nested 14 levels deep; the limit is 10/);
    });

    it('refuses queries over the complexity budget', async () => {
      // pages are priced by their size whatever the graph holds: 20 full pages of roles with their skills' roles
      const page = (i: number) => `p${i}: roles(first: 100) { edges { node { name skills { skill { roles { role { name } } } } } } }`;
      const r = await refused(`{ ${Array.from({ length: 20 }, (_, i) => page(i)).join(' ')} }`);
      expect(r.status).toBe(400);
      expect(codes(r.body)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(r.body.errors[0].extensions.maxComplexity).toBe(10_000);
      expect(r.body.errors[0].message).toMatch(/over the budget of 10000/);
    });

    it('caps first, from a literal or a variable', async () => {
      const lit = await refused('{ roles(first: 101) { totalCount } }');
      expect(lit.status).toBe(400);
      expect(lit.body.errors[0]).toMatchObject({ message: 'Argument "first" of field "roles": must be between 1 and 100, got 101', extensions: { code: 'BAD_USER_INPUT', argument: 'first', field: 'roles' } });
      const vars = await refused('query($n: Int) { search(text: "platform", first: $n) { score } }', { n: 1_000_000 });
      expect(vars.status).toBe(400);
      expect(codes(vars.body)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses oversized bodies with 413', async () => {
      const huge = JSON.stringify({ query: `{ role(id: "${'x'.repeat(200_000)}") { id } }` });
      const r = await post(api, huge);
      expect(r.status).toBe(413);
      expect(codes(r.body)).toEqual(['PAYLOAD_TOO_LARGE']);
    });

    it('accepts small batches and refuses big ones', async () => {
      const one = { query: READ_OP, variables: { id: 'platform-engineer' } };
      const ok = await post(api, JSON.stringify([one, one]));
      expect(ok.status).toBe(200);
      expect(ok.body.map((b: any) => b.data.role.id)).toEqual(['platform-engineer', 'platform-engineer']);
      const trips = graph.roundTrips;
      const big = await post(api, JSON.stringify(Array.from({ length: 11 }, () => one)));
      expect(graph.roundTrips).toBe(trips);
      expect(big.status).toBe(400);
      expect(codes(big.body)).toEqual(['BATCH_TOO_LARGE']);
      expect((await post(api, '[]')).status).toBe(400);
    });

    it('answers malformed requests with 4xx, never 5xx', async () => {
      const cases: [string, Record<string, string>, number][] = [
        ['{"query": ', {}, 400],
        ['{"query": "{ role(id: "}', {}, 400],
        ['{"query": "query {{{"}', {}, 400],
        ['{}', {}, 400],
        ['{"query": 42}', {}, 400],
        ['"just a string"', {}, 400],
        ['null', {}, 400],
        ['{"query": "{ role { id } }", "variables": "nope"}', {}, 400],
        ['{"query": "mutation { upsertRole }"}', asWriter, 400],
        ['query=1', { 'content-type': 'text/plain' }, 400],
      ];
      for (const [body, headers, status] of cases) {
        const r = await post(api, body, headers);
        expect({ body, status: r.status }).toEqual({ body, status });
      }
      const parse = await post(api, '{"query": "query {{{"}');
      expect(codes(parse.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
      const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('mutation { deleteNode(kind: ROLE, id: "x") { deleted } }')}`, { headers: { 'apollo-require-preflight': '1' } });
      expect(get.status).toBe(405);
    });

    it('stops pathological documents at the parser', async () => {
      const r = await post(api, JSON.stringify({ query: `{ ${'role { id } '.repeat(2_000)} }` }));
      expect(r.status).toBe(400);
      expect(codes(r.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    });

    it('can switch introspection off for production', async () => {
      const prod = await startTestApi(graph, { production: true, limits: { introspection: false, playground: false }, log: () => {} });
      try {
        const r = await gql(prod, '{ __schema { types { name } } }');
        expect(r.status).toBe(400);
        expect(new Set(codes(r.body))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
        expect(r.body.errors[0].message).toMatch(/introspection is not allowed/i);
        const typo = await gql(prod, '{ rol(id: "x") { id } }');
        expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
        expect(JSON.stringify(typo.body)).not.toMatch(/stacktrace/);
        const page = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
        expect(page.status).toBeGreaterThanOrEqual(400);
        expect(page.status).toBeLessThan(500);
      } finally {
        await prod.close();
      }
    });
  });

  describe('database timeouts', () => {
    it('stops a slow query at the per-transaction timeout and reports QUERY_TIMEOUT', async () => {
      const n = testNeo4j();
      const slow = Graph.connect({ uri: n.uri, username: n.username, password: n.password, queryTimeoutMs: 300 });
      // Hours of work (10^10 rows), so the timeout always ends it: Neo4j checks transaction timeouts on a
      // monitor tick (every 2 s by default), and a query short enough to finish between two ticks (50 million
      // rows did, now and then) would come back as a success.
      const SLOW = 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*) AS c';
      try {
        const started = Date.now();
        const err = await slow.read(SLOW).then(() => null, (e) => e);
        expect(err?.code).toMatch(/TransactionTimedOut/);
        expect(Date.now() - started).toBeLessThan(5_000);
        // The same error, raised inside a request, reaches the client as QUERY_TIMEOUT (504).
        const plugin: ApolloServerPlugin<any> = { async requestDidStart() { return { async didResolveOperation() { await slow.read(SLOW); } }; } };
        const timed = await startTestApi(graph, { plugins: [plugin], queryTimeoutMs: 300, log: () => {} });
        try {
          const r = await gql(timed, '{ role(id: "x") { id } }');
          expect(r.status).toBe(504);
          expect(r.body.errors[0].extensions.code).toBe('QUERY_TIMEOUT');
          expect(r.body.errors[0].message).toMatch(/300 ms/);
        } finally {
          await timed.close();
        }
      } finally {
        await slow.close();
      }
    });
  });

  describe('request logs', () => {
    it('write one line per request with id, operation, duration, status and codes, and no secrets', async () => {
      logLines.length = 0;
      const secret = 'super-secret-variable-value';
      const r = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'test-req-42', authorization: `Bearer ${WRITE}` },
        body: JSON.stringify({ query: WRITE_OP, operationName: 'Put', variables: { input: { id: 'logged-role', name: secret } } }),
      });
      expect(r.headers.get('x-request-id')).toBe('test-req-42');
      await gql(api, READ_OP, { id: 'x' }, { authorization: 'Bearer wrong-wrong-wrong-wrong' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const lines = logLines.filter((l) => l.msg === 'request');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatchObject({ reqId: 'test-req-42', method: 'POST', path: '/graphql', status: 200, operations: [{ name: 'Put', type: 'mutation' }], variableNames: ['input'], caller: 'curator' });
      expect(typeof lines[0].durationMs).toBe('number');
      expect(lines[1]).toMatchObject({ status: 401, errorCodes: ['UNAUTHENTICATED'] });
      const text = JSON.stringify(logLines);
      expect(text).not.toContain(secret);
      expect(text).not.toContain(WRITE);
      expect(text).not.toContain('wrong-wrong-wrong-wrong');
    });
  });
});
