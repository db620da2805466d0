// The client contract tried with urql 6 (@urql/core and its normalised cache, Graphcache) against the real
// stack: search hits that never alias each other, a failing field that leaves its sibling, node(id:) for
// every type that implements Node, and a read revalidated with If-None-Match and answered 304.
import { Client, fetchExchange, gql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { getIntrospectionQuery } from 'graphql';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMBEDDED_TYPES } from '../../../src/client/cachePolicies.js';
import { apiSuite } from '../../support/fixtures.js';

const suite = apiSuite();
let schema: any;

beforeAll(async () => {
  const { body } = await suite.api.gql(getIntrospectionQuery());
  schema = body.data;
});

// Graphcache warns on the console about what it cannot key or find in the schema: none of that here.
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  expect(warn).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

/** urql with Graphcache, told the schema (for fragments on Node and nullable fields) and the id-less types. */
function newClient(fetchFn: typeof fetch = fetch, preferGetMethod: boolean | 'force' = false) {
  let calls = 0;
  const keys = Object.fromEntries(EMBEDDED_TYPES.map((t) => [t, () => null]));
  const client = new Client({
    url: `${suite.api.url}/graphql`,
    preferGetMethod,
    // Apollo's CSRF protection asks a GET for a header a simple request cannot carry.
    fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      calls += 1;
      return fetchFn(input, init);
    }) as typeof fetch,
    exchanges: [cacheExchange({ schema, keys }), fetchExchange],
  });
  return { client, calls: () => calls };
}

const SEARCH = gql`query Search($text: String!) { search(text: $text, first: 5, kinds: [TOOL]) { id score exact matchedBy node { id ... on Tool { name } } } }`;

describe('urql with Graphcache', () => {
  it('keeps the hits of two searches apart: the first search reads back unchanged', async () => {
    const { client } = newClient();
    const fuzzy = await client.query(SEARCH, { text: 'kubernets' }).toPromise();
    const exact = await client.query(SEARCH, { text: 'Kubernetes' }).toPromise();
    const hitOf = (data: any) => data.search.find((h: any) => h.node.id === 'kubernetes');
    const before = hitOf(fuzzy.data);
    expect(before).toMatchObject({ exact: false, matchedBy: 'FUZZY' });
    expect(hitOf(exact.data)).toMatchObject({ exact: true });
    expect(hitOf(exact.data).score).toBeGreaterThan(before.score);
    const cached = client.readQuery(SEARCH, { text: 'kubernets' });
    expect(cached?.stale).toBeFalsy();
    expect(hitOf(cached!.data)).toEqual(before);
  });

  it('keeps a sibling when one field fails, with the error at the failing field', async () => {
    const query = gql`{ a: skillGap(from: "no-such-role", to: "platform-engineer") { id coverage } b: role(id: "backend-developer") { id name } }`;
    const { client } = newClient();
    const result = await client.query(query, {}).toPromise();
    expect(result.data).toEqual({ a: null, b: { id: 'backend-developer', name: 'Backend Developer' } });
    expect(result.error?.graphQLErrors.map((e) => [e.path, e.extensions.code])).toEqual([[['a'], 'NOT_FOUND']]);
    // The role is in the cache for the next query that asks about it.
    const role = client.readQuery(gql`{ b: role(id: "backend-developer") { id name } }`, {});
    expect(role?.data).toEqual({ b: { id: 'backend-developer', name: 'Backend Developer' } });
  });

  it('refetches a node of every type that implements Node by its id, and answers it again from the cache', async () => {
    const rows = await suite.graph.read(
      "UNWIND ['Role', 'Skill', 'Tool', 'Practice', 'Metric', 'Source'] AS label CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN n.id AS id ORDER BY n.id LIMIT 1 } RETURN label, id",
    );
    expect(rows.map((r) => r.label)).toEqual(['Role', 'Skill', 'Tool', 'Practice', 'Metric', 'Source']);
    const node = gql`query Node($id: ID!) { node(id: $id) { __typename id ... on Role { name } ... on Skill { name } ... on Tool { name } ... on Practice { name } ... on Metric { name } ... on Source { title } } }`;
    const { client, calls } = newClient();
    for (const { label, id } of rows) {
      const { data, error } = await client.query(node, { id }).toPromise();
      expect(error).toBeUndefined();
      expect(data.node).toMatchObject({ __typename: label, id });
      expect(data.node.name ?? data.node.title).toEqual(expect.any(String));
    }
    expect(calls()).toBe(rows.length);
    // Asked again, every one is answered from the cache.
    for (const { label, id } of rows) {
      const again = await client.query(node, { id }, { requestPolicy: 'cache-only' }).toPromise();
      expect(again.data.node).toMatchObject({ __typename: label, id });
    }
    expect(calls()).toBe(rows.length);
    const { data } = await client.query(gql`{ node(id: "no-such-node") { id } }`, {}).toPromise();
    expect(data).toEqual({ node: null });
  });
});

describe('urql over GET, behind an HTTP cache', () => {
  it('revalidates a read with If-None-Match and gets 304', async () => {
    // What a browser's HTTP cache does for a GET: keep the answer and its ETag, send If-None-Match next
    // time, and serve the kept answer on 304.
    const kept = new Map<string, { etag: string; body: string; headers: Headers }>();
    const statuses: number[] = [];
    const httpCache: typeof fetch = async (input, init) => {
      const url = String(input);
      const headers = new Headers(init?.headers);
      const entry = kept.get(url);
      if (entry) headers.set('if-none-match', entry.etag);
      const res = await fetch(input, { ...init, headers });
      statuses.push(res.status);
      if (res.status === 304 && entry) return new Response(entry.body, { status: 200, headers: entry.headers });
      const body = await res.text();
      const etag = res.headers.get('etag');
      if (etag) kept.set(url, { etag, body, headers: res.headers });
      return new Response(body, { status: res.status, headers: res.headers });
    };
    const { client } = newClient(httpCache, 'force');
    const query = gql`query Role($id: ID!) { role(id: $id) { id name origin } }`;
    const first = await client.query(query, { id: 'platform-engineer' }, { requestPolicy: 'network-only' }).toPromise();
    const second = await client.query(query, { id: 'platform-engineer' }, { requestPolicy: 'network-only' }).toPromise();
    expect(statuses).toEqual([200, 304]);
    expect(first.data.role).toEqual({ id: 'platform-engineer', name: 'Platform Engineer', origin: 'CURATED' });
    expect(second.error).toBeUndefined();
    expect(second.data).toEqual(first.data);
  });
});
