// What one request may cost, enforced on the real API over HTTP: structural caps before validation, one
// complexity budget per HTTP request with every list priced by what it can return, a response cap, a
// deadline, a database round-trip cap and a concurrency limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { resetGraph, testGraph } from '../../support/db.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { LARGE_ROLES, writeLargeRoles } from '../../support/largeRoles.js';

const graphqlCjs = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const codes = (body: any): unknown[] => (body.errors ?? []).map((e: any) => e.extensions?.code);
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

async function post(api: TestApi, body: unknown) {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

describe('request limits', () => {
  const graph = testGraph();
  let api: TestApi;

  beforeAll(async () => {
    await resetGraph(graph);
    await writeLargeRoles(graph);
    api = await startTestApi(graph);
    // Measure the graph (the list bounds) before the first priced request.
    await api.app.analytics.warm();
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await graph.close();
  });

  describe('structural caps, before validation and any database work', () => {
    it('refuses a document with more fields than the cap, however cheap each one is', async () => {
      const trips = graph.roundTrips;
      const r = await api.gql(`{ role(id: "large-role-1") { ${'name '.repeat(600)} } }`);
      expect(r.status).toBe(400);
      expect(r.body.errors![0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'fields', maxFields: 500 } });
      expect(graph.roundTrips).toBe(trips);
    });

    it('refuses an operation with more root fields than the cap, counting fragments', async () => {
      const r = await api.gql(aliases(21, 'role(id: "large-role-1") { id }'));
      expect(r.status).toBe(400);
      expect(r.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'rootFields', maxRootFields: 20 });
      const viaFragment = await api.gql(`query { ...F ...G } fragment F on Query { ${Array.from({ length: 11 }, (_, i) => `f${i}: __typename`).join(' ')} } fragment G on Query { ${Array.from({ length: 11 }, (_, i) => `g${i}: __typename`).join(' ')} }`);
      expect(viaFragment.body.errors![0].extensions.limit).toBe('rootFields');
      expect((await api.gql(aliases(20, 'role(id: "large-role-1") { id }'))).body.errors).toBeUndefined();
    });

    it('stops documents over the token cap at the parser', async () => {
      const r = await api.gql(`{ ${'__typename '.repeat(2_100)} }`);
      expect(r.status).toBe(400);
      expect(codes(r.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    });
  });

  describe('one complexity budget per HTTP request', () => {
    it('prices analytics lists by the longest such list in the graph', async () => {
      // unique.skills can hold up to 340 skills of each of 5 roles: 3 such comparisons are over 10,000.
      const compare = `compareRoles(roles: ${JSON.stringify(LARGE_ROLES)}) { unique { skills { id name } } }`;
      const one = await api.gql(`{ ${compare} }`);
      expect(one.body.errors).toBeUndefined();
      expect(one.body.data.compareRoles.unique).toHaveLength(5);
      const three = await api.gql(aliases(3, compare));
      expect(three.status).toBe(400);
      expect(three.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxComplexity: 10_000 });
      expect(three.body.errors![0].extensions.complexity).toBeGreaterThan(10_000);
    });

    it('charges a batch once: later operations spend what earlier ones left', async () => {
      const compare = `{ compareRoles(roles: ${JSON.stringify(LARGE_ROLES)}) { unique { skills { id name } } } }`;
      const r = await post(api, [{ query: compare }, { query: compare }, { query: compare }]);
      expect(r.body.map((b: any) => (b.errors ? b.errors[0].extensions.code : 'ok'))).toEqual(['ok', 'ok', 'QUERY_TOO_COMPLEX']);
      expect(r.body[2].errors[0].extensions.spent).toBeGreaterThan(0);
    });

    it('prices introspection by the schema: GraphiQL\'s full query fits, many copies do not', async () => {
      const full = await api.gql(graphqlCjs.getIntrospectionQuery());
      expect(full.body.errors).toBeUndefined();
      expect(full.body.data.__schema.types.length).toBeGreaterThan(20);
      const copies = await api.gql(aliases(20, '__schema { types { name description fields { name description args { name description } } } }'));
      expect(copies.status).toBe(400);
      expect(codes(copies.body)).toEqual(['QUERY_TOO_COMPLEX']);
    });
  });

  describe('caps on what a request does', () => {
    it('replaces an answer larger than the response cap by RESPONSE_TOO_LARGE', async () => {
      const small = await startTestApi(graph, { limits: { maxResponseBytes: 2_000 } });
      try {
        const r = await small.gql('{ role(id: "large-role-1") { skills(first: 100) { skill { id name } } } }');
        expect(r.status).toBe(400);
        expect(r.body.errors![0].extensions).toEqual({ code: 'RESPONSE_TOO_LARGE', maxResponseBytes: 2_000 });
        expect((await small.gql('{ role(id: "large-role-1") { name } }')).body.data.role.name).toBe('Large Role 1');
      } finally {
        await small.close();
      }
    });

    it('stops work past the request deadline with QUERY_TIMEOUT', async () => {
      const none = await startTestApi(graph, { limits: { deadlineMs: 0 } });
      try {
        const r = await none.gql('{ role(id: "large-role-1") { name } }');
        expect(r.status).toBe(504);
        expect(r.body.errors![0]).toMatchObject({ path: ['role'], extensions: { code: 'QUERY_TIMEOUT' } });
      } finally {
        await none.close();
      }
    });

    it('answers what fits in the round-trip cap and refuses the rest, field by field', async () => {
      const capped = await startTestApi(graph, { limits: { maxRoundTrips: 2 } });
      try {
        const r = await capped.gql('{ a: search(text: "synthetic one", first: 1) { id } b: search(text: "synthetic two", first: 1) { id } c: search(text: "synthetic three", first: 1) { id } }');
        // Two searches got their round trip; the third, whichever started last, is refused with its path.
        expect(r.body.errors).toHaveLength(1);
        expect(r.body.errors![0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', maxRoundTrips: 2 });
        expect([['a'], ['b'], ['c']]).toContainEqual(r.body.errors![0].path);
      } finally {
        await capped.close();
      }
    });

    it('looks up aliased names in one round trip', async () => {
      // Its own Graph, so no other test's unfinished work shows in the count.
      const own = testGraph();
      const ownApi = await startTestApi(own);
      try {
        const r = await ownApi.gql(aliases(20, 'role(name: "large role 2") { id }'));
        expect(r.body.errors).toBeUndefined();
        expect(Object.values(r.body.data).every((v: any) => v.id === 'large-role-2')).toBe(true);
        expect(own.roundTrips).toBe(1);
      } finally {
        await ownApi.close();
        await own.close();
      }
    });

    it('answers 503 with Retry-After at once when as many requests as allowed are running', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => { release = resolve; });
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => { entered = resolve; });
      const hold: ApolloServerPlugin<any> = { async requestDidStart() { return { async didResolveOperation({ operationName }) { if (operationName === 'Hold') { entered(); await gate; } } }; } };
      const busy = await startTestApi(graph, { limits: { maxConcurrent: 1 }, plugins: [hold] });
      try {
        const held = busy.gql('query Hold { __typename }');
        await inside;
        const refused = await post(busy, { query: '{ __typename }' });
        expect(refused.status).toBe(503);
        expect(refused.headers.get('retry-after')).toBe('1');
        expect(refused.body.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'overloaded' });
        expect((await fetch(`${busy.url}/health/live`)).status).toBe(200);
        release();
        expect((await held).body.data).toEqual({ __typename: 'Query' });
        expect((await busy.gql('{ __typename }')).status).toBe(200);
      } finally {
        release();
        await busy.close();
      }
    });
  });
});
