// The hostile-load suite: the attacks that once killed the server, replayed against `npm start`'s entry
// point in production mode with the shipped heap cap (as a child process, on loopback). Each must be
// refused with a documented code or answered within the caps; the process must stay up; another
// client's `{ __typename }` must still be answered. Timings and memory go to docs/reliability.md (from
// `npm run bench:hostile`), not into assertions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { attacks, runAttack, type AttackResult } from '../../../bench/lib/attacks.js';
import { graphqlReady, startChild, type ChildServer } from '../../../bench/lib/children.js';
import { resetGraph, testGraph, testNeo4j } from '../../support/db.js';
import { LARGE_ROLES, writeLargeRoles } from '../../support/largeRoles.js';

/** The flags `npm start` and the Dockerfile run the API with. */
const SHIPPED_HEAP = ['--max-old-space-size=256', '--max-semi-space-size=8'];
/** Codes an attack may be refused with (README, "Errors"). */
const REFUSALS = ['QUERY_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE', 'RESPONSE_TOO_LARGE', 'SERVICE_UNAVAILABLE', 'QUERY_TIMEOUT', 'BATCH_TOO_LARGE'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

describe('hostile load against a production-mode server', { timeout: 600_000 }, () => {
  const graph = testGraph();
  let server: ChildServer;
  const results: AttackResult[] = [];

  beforeAll(async () => {
    await resetGraph(graph);
    await writeLargeRoles(graph);
    const n = testNeo4j();
    server = await startChild({
      name: 'hostile-api',
      script: 'src/main.ts',
      port: await freePort(),
      nodeFlags: SHIPPED_HEAP,
      // Production, with introspection switched on: the default `npm start` allows it, and it must be safe.
      env: { NODE_ENV: 'production', ROLEGRAPH_INTROSPECTION: 'true', NEO4J_URI: n.uri, NEO4J_USERNAME: n.username, NEO4J_PASSWORD: n.password, ROLEGRAPH_LOG_LEVEL: 'warn' },
      ready: (url) => graphqlReady(`${url}/graphql`),
      timeoutMs: 120_000,
    });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await graph.close();
    console.log(JSON.stringify({ hostile: results.map((r) => ({ attack: r.attack, status: r.answers.map((a) => a.status), codes: r.answers.flatMap((a) => a.codes), ms: r.ms, rssPeakMb: Math.round(r.rssPeakMb), bystander: r.bystander })) }));
  });

  for (const attack of attacks(LARGE_ROLES)) {
    it(`${attack.name}: ${attack.what}`, async () => {
      const result = await runAttack(server.url, server.pid, attack);
      results.push(result);
      expect(result.alive).toBe(true);
      for (const a of result.answers) {
        expect(a.status, JSON.stringify(a)).toBeGreaterThan(0);
        if (a.status >= 500) {
          // The only 5xx allowed: "busy, retry" (503 with Retry-After) or a deadline (504).
          expect([503, 504]).toContain(a.status);
          if (a.status === 503) expect(a.retryAfter).not.toBeNull();
        }
        for (const code of a.codes) expect(REFUSALS).toContain(code);
        // Answered within the response cap (5 MB).
        expect(a.bytes).toBeLessThanOrEqual(5_000_000);
      }
      expect(result.bystander.answered).toBeGreaterThan(0);
      expect(result.bystander.answered).toBe(result.bystander.asked);
    });
  }
});
