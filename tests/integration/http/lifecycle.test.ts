// Start-up and shutdown phases of one app in-process: not ready while starting, and a close that lets
// in-flight requests finish while refusing new connections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Lifecycle } from '../../../src/http/lifecycle.js';
import { resetGraph, testGraph } from '../../support/db.js';
import { startTestApi } from '../../support/api.js';

describe('app lifecycle', () => {
  const graph = testGraph();
  beforeAll(async () => {
    await resetGraph(graph);
  });
  afterAll(() => graph.close());

  it('is live but not ready while starting, and refuses GraphQL with SERVICE_UNAVAILABLE', async () => {
    const lifecycle = new Lifecycle('starting', 'waiting for Neo4j (attempt 3)');
    const api = await startTestApi(graph, { lifecycle, log: () => {} });
    try {
      expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
      const ready = await fetch(`${api.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'starting', detail: 'waiting for Neo4j (attempt 3)' });
      const q = await api.gql('{ role(id: "x") { id } }');
      expect(q.status).toBe(503);
      expect(q.body.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      lifecycle.set('ready');
      expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
      expect((await api.gql('{ role(id: "x") { id } }')).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('drains: in-flight requests finish, new connections are refused, readiness says draining', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => { entered = resolve; });
    const api = await startTestApi(graph, {
      log: () => {},
      routes: (app) => { app.get('/slow', async () => { entered(); await gate; return { done: true }; }); },
    });
    const inFlight = fetch(`${api.url}/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await inside;
    const closing = api.app.close({ drainTimeoutMs: 10_000 });
    expect(api.app.lifecycle.phase).toBe('draining');
    await expect(fetch(`${api.url}/health/live`)).rejects.toThrow();
    release();
    expect(await inFlight).toEqual({ status: 200, body: { done: true } });
    await closing;
  });

  it('stops waiting for a stuck request at the drain timeout', async () => {
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => { entered = resolve; });
    const api = await startTestApi(graph, {
      log: () => {},
      routes: (app) => { app.get('/stuck', () => { entered(); return new Promise(() => {}); }); },
    });
    const stuck = fetch(`${api.url}/stuck`).catch((e: Error) => e);
    await inside;
    await api.app.close({ drainTimeoutMs: 200 });
    expect(await stuck).toBeInstanceOf(Error);
  });
});
