// The web routes over plain HTTP against the real API and the seeded curated graph: the playground
// page and its allowlisted assets, the examples and the Neo4j guide queries executing for real, and the
// Neo4j Browser style and guide with the CORS headers Browser needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { EXAMPLES } from '../../../src/web/examples.js';
import { guideQueries, GUIDE_SLIDES } from '../../../src/web/neo4j/guide.js';
import { NODE_STYLES } from '../../../src/web/neo4j/style.js';
import { assetNames } from '../../../src/web/assets.js';
import { webRoutes } from '../../../src/web/routes.js';
import { createApp } from '../../../src/http/server.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { resetGraph, testGraph } from '../../support/db.js';

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('web routes over HTTP', () => {
  const graph = testGraph();
  let api: TestApi;
  beforeAll(async () => {
    await resetGraph(graph);
    await seedCurated(graph);
    api = await startTestApi(graph);
  });
  afterAll(async () => {
    await api?.close();
    await graph.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers });

  describe('playground', () => {
    it('serves GraphiQL to a browser at GET /graphql, referencing only same-origin assets', async () => {
      const res = await get('/graphql', HTML);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      const html = await res.text();
      const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(refs.length).toBeGreaterThanOrEqual(6);
      for (const ref of refs) expect(ref, ref).toMatch(/^\/(assets|explore)/);
      // The examples travel as inert JSON for the page script.
      const json = html.match(/<script type="application\/json" id="rolegraph-playground">(.*?)<\/script>/s)![1];
      const config = JSON.parse(json);
      expect(config.tabs).toHaveLength(EXAMPLES.length);
      expect(config.tabs[0].query).toContain('query RoleLookup');
      for (const ref of refs) {
        const asset = await get(ref);
        expect(asset.status, ref).toBe(200);
        await asset.arrayBuffer();
      }
    });

    it('leaves GraphQL over GET and non-HTML requests to Apollo', async () => {
      // Apollo's CSRF protection wants a preflight-forcing header on GET.
      const q = await get('/graphql?query=%7B__typename%7D', { accept: 'application/json', 'apollo-require-preflight': 'true' });
      expect(q.status).toBe(200);
      expect(await q.json()).toEqual({ data: { __typename: 'Query' } });
      const post = await api.gql('{ __typename }');
      expect(post.body.data).toEqual({ __typename: 'Query' });
    });

    it('is not served when turned off: a browser then gets whatever Apollo answers', async () => {
      const off = await createApp({ graph, log: () => {}, routes: webRoutes });
      try {
        const port = await off.listen(0);
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: HTML });
        expect(await res.text()).not.toContain('rolegraph-playground');
        // The rest of the web routes stay.
        expect((await fetch(`http://127.0.0.1:${port}/explore`)).status).toBe(200);
      } finally {
        await off.close();
      }
    });

    it('runs every example operation without errors against the curated graph', async () => {
      const families = new Set(EXAMPLES.map((e) => e.family));
      expect([...families].sort()).toEqual(['compare', 'gap', 'lookup', 'match', 'next', 'paths', 'search', 'similar']);
      for (const example of EXAMPLES) {
        const { status, body } = await api.gql(example.query, example.variables);
        expect(body.errors, `${example.name}: ${JSON.stringify(body.errors)}`).toBeUndefined();
        expect(status).toBe(200);
        const [value] = Object.values(body.data!);
        // Every example shows something: a found role, or a non-empty list / comparison.
        expect(value, example.name).toBeTruthy();
        if (Array.isArray(value)) expect(value.length, example.name).toBeGreaterThan(0);
      }
    });
  });

  describe('assets', () => {
    it('serves every allowlisted asset with its content type, cache headers, ETag and gzip', async () => {
      for (const name of assetNames()) {
        const res = await get(`/assets/${name}`, { 'accept-encoding': 'gzip' });
        expect(res.status, name).toBe(200);
        expect(res.headers.get('content-type'), name).toMatch(name.endsWith('.js') ? /^text\/javascript/ : name.endsWith('.css') ? /^text\/css/ : /^image\/svg\+xml/);
        expect(res.headers.get('cache-control'), name).toMatch(name.startsWith('vendor/') ? /immutable/ : /no-cache/);
        expect(res.headers.get('etag')).toMatch(/^(W\/)?"[\w-]+"$/);
        expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
      }
      const big = await get('/assets/vendor/graphiql.min.js', { 'accept-encoding': 'gzip' });
      expect(big.headers.get('content-encoding')).toBe('gzip');
      const text = await big.text();
      expect(text).toContain('GraphiQL');
      // Over a raw socket: fetch() adds Cache-Control: no-cache to conditional requests, which rightly forces a 200.
      const again = await rawGet(api.url, '/assets/vendor/graphiql.min.js', { 'if-none-match': big.headers.get('etag')! });
      expect(again.status).toBe(304);
    });

    it('answers HEAD with headers and no body', async () => {
      const res = await fetch(`${api.url}/assets/explorer/explorer.css`, { method: 'HEAD' });
      expect(res.status).toBe(200);
      expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0);
      expect(await res.text()).toBe('');
    });

    it.each([
      '/assets/../package.json',
      '/assets/%2e%2e/package.json',
      '/assets/vendor/..%2f..%2fpackage.json',
      '/assets/vendor/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/assets/explorer/markup.ts',
      '/assets/explorer/index.ts',
      '/assets/vendor/react.development.js',
      '/assets/constructor',
      '/assets/__proto__',
      '/assets/',
    ])('refuses %s', async (path) => {
      // fetch() normalises plain ../ segments, so send the raw path over a socket-level request too.
      const res = await rawGet(api.url, path);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('"name": "rolegraph"');
      expect(res.body).not.toContain('root:');
    });
  });

  describe('Neo4j Browser style and guide', () => {
    it('serves the GraSS style with a rule and caption for every label and CORS for Browser', async () => {
      const res = await get('/neo4j/style.grass', { origin: 'http://127.0.0.1:7474' });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const grass = await res.text();
      for (const label of ['Role', 'Skill', 'Tool', 'Practice', 'Metric', 'Source', 'Responsibility', 'Challenge', 'Trend', 'HiringCriterion']) {
        expect(grass, label).toMatch(new RegExp(`node\\.${label} \\{[^}]*color: #[0-9A-F]{6};[^}]*diameter: \\d+px;[^}]*caption: '[^']+';`));
      }
      expect(NODE_STYLES).toHaveLength(10);
      expect(grass).toMatch(/relationship\.REQUIRES_SKILL \{[^}]*caption: 'importance \{importance\}';/);
      expect(grass).toMatch(/relationship\.CAN_MOVE_TO \{[^}]*caption: '\{kind\}';/);
      // Browser's parser knows no comments.
      expect(grass).not.toContain('/*');
    });

    it('serves the guide as slides with runnable queries and links back to this server', async () => {
      const res = await get('/neo4j/guide.html', { origin: 'http://localhost:7474' });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await res.text();
      expect(html.match(/<slide /g)).toHaveLength(GUIDE_SLIDES.length);
      expect(html.match(/class="[^"]*code runnable"/g)!.length).toBe(guideQueries().length + 1);
      for (const topic of ['Overlap', 'Gap', 'Paths']) expect(html).toContain(topic);
      const host = new URL(api.url).host;
      expect(html).toContain(`:style http://${host}/neo4j/style.grass`);
      expect(html).toContain(`http://${host}/explore?from=backend-developer&amp;to=platform-engineer`);
    });

    it('serves the guide as a titled, styled page for people at /neo4j/guide', async () => {
      const res = await get('/neo4j/guide', HTML);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      const html = await res.text();
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('<title>rolegraph · Neo4j Browser guide</title>');
      expect(html.match(/class="panel wide guide-slide"/g)).toHaveLength(GUIDE_SLIDES.length);
      expect(html.match(/<pre><code>/g)).toHaveLength(guideQueries().length);
      expect(html).toContain(`:play http://${new URL(api.url).host}/neo4j/guide.html`);
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
      expect(sheets).toEqual(['/assets/explorer/explorer.css', '/assets/neo4j/guide.css']);
      for (const sheet of sheets) expect((await get(sheet)).status, sheet).toBe(200);
    });

    it('ignores a Host header that is not a plain host:port', async () => {
      const res = await rawGet(api.url, '/neo4j/guide.html', { host: 'evil.example/"><script>' });
      expect(res.status).toBe(200);
      expect(res.body).not.toContain('<script>');
      expect(res.body).toContain(':style http://127.0.0.1:4000/neo4j/style.grass');
    });

    it.each(['/neo4j/style.grass', '/neo4j/guide.html'])('answers the CORS preflight for %s', async (path) => {
      const res = await fetch(`${api.url}${path}`, {
        method: 'OPTIONS',
        headers: { origin: 'http://127.0.0.1:7474', 'access-control-request-method': 'GET', 'access-control-request-headers': 'cache-control' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')).toContain('GET');
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('cache-control');
    });

    it('runs every guide query against the curated graph and each returns rows', async () => {
      for (const q of guideQueries()) {
        const rows = await graph.read(q.cypher);
        expect(rows.length, q.caption).toBeGreaterThan(0);
      }
    });
  });
});

/** GET with the path sent exactly as given (no URL normalisation). */
async function rawGet(base: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const http = await import('node:http');
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path, method: 'GET', headers, setHost: !headers.host }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
