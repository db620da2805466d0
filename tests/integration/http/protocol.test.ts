// The HTTP edges a hostile or careless client reaches: landing pages that stay offline, proper codes for
// what the API does not support, credentials that expire, headers every response carries, timeouts that
// really cut, exact content types and CORS preflights.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { SignJWT } from 'jose';
import type { Logger } from '../../../src/logging.js';
import { resetGraph, testGraph } from '../../support/db.js';
import { startTestApi, type TestApi } from '../../support/api.js';

const SECRET = 'protocol-test-secret-0123456789abcdef';
const TOKEN = 'protocol-writer-token-0123';

interface Line { level: string; obj: any; msg?: string }
function capture(lines: Line[]): Logger {
  const at = (level: string) => (obj: object, msg?: string) => { lines.push({ level, obj, msg }); };
  return { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}

async function post(api: TestApi, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let json: any = text;
  try {
    json = JSON.parse(text);
  } catch { /* not JSON */ }
  return { status: res.status, headers: res.headers, body: json };
}

/** Opens a raw connection, sends `data`, and resolves with what came back once the server closed it. */
function rawExchange(url: string, data: string, opts: { destroyAfterMs?: number; waitMs?: number } = {}): Promise<{ closed: boolean; response: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    let response = '';
    const socket = net.connect(Number(port), hostname, () => socket.write(data));
    const timer = setTimeout(() => { socket.destroy(); resolve({ closed: false, response }); }, opts.waitMs ?? 10_000);
    if (opts.destroyAfterMs !== undefined) setTimeout(() => { clearTimeout(timer); socket.destroy(); resolve({ closed: true, response }); }, opts.destroyAfterMs);
    socket.on('data', (c) => (response += c.toString()));
    socket.on('close', () => { clearTimeout(timer); resolve({ closed: true, response }); });
    socket.on('error', () => {});
  });
}

describe('HTTP protocol edges', () => {
  const graph = testGraph();
  const lines: Line[] = [];
  let api: TestApi;

  beforeAll(async () => {
    await resetGraph(graph);
    await graph.write("CREATE (:Role {id: 'edge-role', name: 'Edge Role', aliases: [], keys: ['edge role'], origin: 'curated'})");
    api = await startTestApi(graph, { auth: { tokens: `ops:${TOKEN}:read+write`, jwtSecret: SECRET, requireAuthForReads: false }, log: capture(lines) });
  });
  afterAll(async () => {
    await api.close();
    await graph.close();
  });

  it('answers a browser at GET /graphql, query or not, with the offline playground', async () => {
    for (const path of ['/graphql', `/graphql?query=${encodeURIComponent('{ __typename }')}`]) {
      const res = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('rolegraph-playground');
      for (const [, ref] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(ref).toMatch(/^\/(assets|explore)/);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('refuses subscriptions and bad persisted queries with 400 and a code, not as internal errors', async () => {
    lines.length = 0;
    const sub = await post(api, { query: 'subscription { __typename }' });
    expect(sub.status).toBe(400);
    expect(sub.body.errors[0].extensions.code).toBe('OPERATION_NOT_SUPPORTED');
    const mismatch = await post(api, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef'.repeat(8) } } });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const version = await post(api, { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'deadbeef'.repeat(8) } } });
    expect(version.status).toBe(400);
    expect(version.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('logs a client that disconnects mid-body as an aborted request, not an error', async () => {
    lines.length = 0;
    const head = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query": "{`;
    await rawExchange(api.url, head, { destroyAfterMs: 200 });
    await new Promise((r) => setTimeout(r, 200));
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(lines.find((l) => l.msg === 'request')?.obj).toMatchObject({ path: '/graphql', aborted: true });
  });

  it('accepts only JWTs that expire, and says how to authenticate on every 401', async () => {
    const key = new TextEncoder().encode(SECRET);
    const forever = await new SignJWT({ scope: 'write' }).setProtectedHeader({ alg: 'HS256' }).setSubject('no-exp').sign(key);
    const expiring = await new SignJWT({ scope: 'write' }).setProtectedHeader({ alg: 'HS256' }).setSubject('with-exp').setExpirationTime('5m').sign(key);
    const refused = await post(api, { query: '{ __typename }' }, { authorization: `Bearer ${forever}` });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer realm="rolegraph"/);
    expect((await post(api, { query: '{ __typename }' }, { authorization: `Bearer ${expiring}` })).status).toBe(200);
    const anonymousWrite = await post(api, { query: 'mutation { upsertRole(input: {id: "x-role", name: "X"}) { id } }' });
    expect(anonymousWrite.status).toBe(401);
    expect(anonymousWrite.headers.get('www-authenticate')).toBe('Bearer realm="rolegraph"');
  });

  it('sends nosniff with every response', async () => {
    const answers = [await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }), await fetch(`${api.url}/nope`), await fetch(`${api.url}/health/live`)];
    for (const res of answers) expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('takes JSON bodies only as application/json in UTF-8', async () => {
    const query = '{"query":"{ __typename }"}';
    expect((await post(api, query, { 'content-type': 'application/jsonx' })).body.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const utf16 = await post(api, query, { 'content-type': 'application/json; charset=utf-16' });
    expect(utf16.status).toBe(415);
    expect(utf16.body.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await post(api, query, { 'content-type': 'application/json; charset=UTF-8' })).body.data).toEqual({ __typename: 'Query' });
  });

  it('answers CORS preflights: no grant by default, a grant for configured origins only', async () => {
    const preflight = (base: string, origin: string) =>
      fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const none = await preflight(api.url, 'https://careers.example');
    expect(none.status).toBe(204);
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
    const open = await startTestApi(graph, { corsOrigins: ['https://careers.example'], log: () => {} });
    try {
      const granted = await preflight(open.url, 'https://careers.example');
      expect(granted.status).toBe(204);
      expect(granted.headers.get('access-control-allow-origin')).toBe('https://careers.example');
      expect(granted.headers.get('access-control-allow-methods')).toContain('POST');
      expect((await preflight(open.url, 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });

  it('closes a connection whose headers do not arrive within the headers timeout', async () => {
    const slow = await startTestApi(graph, { headersTimeoutMs: 1_000, log: () => {} });
    try {
      // Half a request line, then nothing: Node must cut it at about the timeout (it checks every second).
      const r = await rawExchange(slow.url, 'GET /health/live HTTP/1.1\r\nHost: x\r\n', { waitMs: 10_000 });
      expect(r.closed).toBe(true);
      expect(r.response).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await slow.close();
    }
  });
});
