// GET /metrics against the real API and the test Neo4j: request counts and latency by bounded operation
// and outcome labels, Neo4j round trips and pool use, the analytics projection, process metrics, the
// token, and off unless asked for (off in production by default).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsConfig } from '../../../src/config.js';
import { readGraphVersion } from '../../../src/store/graphVersion.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { resetGraph, testGraph } from '../../support/db.js';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition. */
function samples(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => [k, v]));
    out.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return out;
}

function value(all: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  return all.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

async function scrape(api: TestApi, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/metrics`, { headers });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), text, all: samples(text) };
}

const post = (api: TestApi, body: string) => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('GET /metrics', () => {
  const graph = testGraph();
  const apis: TestApi[] = [];
  const start = async (opts: Parameters<typeof startTestApi>[1] = { metrics: {} }) => {
    const api = await startTestApi(graph, opts);
    apis.push(api);
    return api;
  };

  beforeAll(async () => {
    await resetGraph(graph);
    await graph.write(`
      CREATE (a:Role {id: 'metrics-a', name: 'Metrics A', origin: 'curated'}), (b:Role {id: 'metrics-b', name: 'Metrics B', origin: 'curated'}),
             (s:Skill {id: 'metrics-s', name: 'Metrics S', origin: 'curated'}), (t:Skill {id: 'metrics-t', name: 'Metrics T', origin: 'curated'})
      CREATE (a)-[:REQUIRES_SKILL {importance: 5}]->(s), (b)-[:REQUIRES_SKILL {importance: 3}]->(s), (b)-[:REQUIRES_SKILL {importance: 2}]->(t)`);
  });
  afterAll(async () => {
    for (const api of apis) await api.close();
    await graph.close();
  });

  it('counts and times GraphQL requests by operation and outcome, never by variable values', async () => {
    const api = await start();
    const byId = 'query RoleById($id: ID) { role(id: $id) { id } }';
    for (const id of ['metrics-a', 'hunter2-secret-value']) expect((await api.gql(byId, { id })).status).toBe(200);
    expect((await api.gql('{ role(id: "metrics-b") { id } }')).status).toBe(200);
    expect((await api.gql('query TooMany { roles(first: 101) { totalCount } }')).body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await post(api, '{"query": ')).status).toBe(400);
    expect((await post(api, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]))).status).toBe(200);
    // The playground page is not a GraphQL request.
    expect((await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } })).status).toBe(200);

    const { status, type, text, all } = await scrape(api);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    const requests = (operation: string, outcome: string) => value(all, 'rolegraph_graphql_requests_total', { operation, outcome });
    expect(requests('RoleById', 'OK')).toBe(2);
    expect(requests('(anonymous)', 'OK')).toBe(1);
    expect(requests('TooMany', 'BAD_USER_INPUT')).toBe(1);
    expect(requests('(none)', 'BAD_REQUEST')).toBe(1);
    expect(requests('(batch)', 'OK')).toBe(1);
    const counted = all.filter((s) => s.name === 'rolegraph_graphql_requests_total').reduce((n, s) => n + s.value, 0);
    expect(counted).toBe(6);
    expect(value(all, 'rolegraph_graphql_request_duration_seconds_count', { operation: 'RoleById', outcome: 'OK' })).toBe(2);
    expect(value(all, 'rolegraph_graphql_request_duration_seconds_bucket', { operation: 'RoleById', outcome: 'OK', le: '+Inf' })).toBe(2);
    expect(value(all, 'rolegraph_graphql_request_duration_seconds_sum', { operation: 'RoleById', outcome: 'OK' })).toBeGreaterThan(0);
    expect(text).not.toContain('hunter2');
  });

  it('gives at most 100 client-chosen operation names their own label, and none longer than 64 characters', async () => {
    const api = await start();
    for (let i = 0; i < 110; i++) expect((await api.gql(`query Name${i} { __typename }`)).status).toBe(200);
    expect((await api.gql(`query ${'L'.repeat(65)} { __typename }`)).status).toBe(200);
    const { all } = await scrape(api);
    const series = all.filter((s) => s.name === 'rolegraph_graphql_requests_total');
    expect(series.filter((s) => s.labels.operation.startsWith('Name'))).toHaveLength(100);
    expect(value(all, 'rolegraph_graphql_requests_total', { operation: '(other)', outcome: 'OK' })).toBe(11);
    // Names admitted once keep their label.
    await api.gql('query Name0 { __typename }');
    expect(value((await scrape(api)).all, 'rolegraph_graphql_requests_total', { operation: 'Name0', outcome: 'OK' })).toBe(2);
  });

  it("reports Neo4j round trips and the driver's pool", async () => {
    const api = await start();
    await api.gql('{ role(id: "metrics-a") { id name } }');
    const { all } = await scrape(api);
    // Nothing touched the database between the scrape and this line.
    expect(value(all, 'rolegraph_neo4j_round_trips_total')).toBe(graph.roundTrips);
    expect(graph.roundTrips).toBeGreaterThan(0);
    expect(value(all, 'rolegraph_neo4j_pool_max_connections')).toBe(50);
    const inUse = value(all, 'rolegraph_neo4j_pool_connections', { state: 'in_use' });
    const idle = value(all, 'rolegraph_neo4j_pool_connections', { state: 'idle' });
    expect(inUse).toBe(0);
    expect(idle).toBeGreaterThanOrEqual(1);
  });

  it("reports the analytics projection's size, version and age once it is loaded", async () => {
    const api = await start();
    let { all } = await scrape(api);
    expect(value(all, 'rolegraph_analytics_projection_age_seconds')).toBeNaN();
    expect(value(all, 'rolegraph_analytics_projection_graph_version')).toBeNaN();
    expect(all.filter((s) => s.name === 'rolegraph_analytics_projection_nodes')).toEqual([]);

    const cmp = await api.gql('query Compare { compareRoles(roles: ["metrics-a", "metrics-b"]) { jaccard } }');
    expect(cmp.body.data.compareRoles.jaccard).toBe(0.5);
    ({ all } = await scrape(api));
    expect(value(all, 'rolegraph_analytics_projection_nodes', { kind: 'role' })).toBe(2);
    expect(value(all, 'rolegraph_analytics_projection_nodes', { kind: 'skill' })).toBe(2);
    expect(value(all, 'rolegraph_analytics_projection_graph_version')).toBe(await readGraphVersion(graph));
    const age = value(all, 'rolegraph_analytics_projection_age_seconds')!;
    expect(Number.isFinite(age) && age >= 0).toBe(true);
  });

  it('includes the process metrics', async () => {
    const { all } = await scrape(await start());
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) {
      expect(value(all, name), name).toBeGreaterThanOrEqual(0);
    }
  });

  it('asks for the token when one is configured', async () => {
    const api = await start({ metrics: { token: 'metrics-token-0123456789' } });
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token-0123456789' }, { authorization: 'Basic bWV0cmljcw==' }];
    for (const headers of attempts) {
      const refused = await scrape(api, headers);
      expect(refused.status).toBe(401);
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const res = await fetch(`${api.url}/metrics`);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
    const ok = await scrape(api, { authorization: 'Bearer metrics-token-0123456789' });
    expect(ok.status).toBe(200);
    expect(value(ok.all, 'rolegraph_neo4j_pool_max_connections')).toBe(50);
  });

  it('is not served unless asked for, and is off in production by default', async () => {
    const api = await start({});
    expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    expect(metricsConfig({})).toEqual({ enabled: true, token: undefined });
    expect(metricsConfig({ NODE_ENV: 'production' }).enabled).toBe(false);
    expect(metricsConfig({ NODE_ENV: 'production', ROLEGRAPH_METRICS: 'true', ROLEGRAPH_METRICS_TOKEN: 'abc' })).toEqual({ enabled: true, token: 'abc' });
  });
});
