// Baseline (a) as a service: a bare Fastify server that answers POST /q/<query> (JSON parameters in
// the body) with one auto-commit read statement through neo4j-driver (RUN and PULL in one exchange, as
// rolegraph's Graph.read sends its reads) and the rows as JSON, so autocannon
// measures it exactly like the GraphQL servers (HTTP + JSON on both sides, no GraphQL).
// Run as a child process by bench/run.ts: NEO4J_URI, NEO4J_PASSWORD, PORT.
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import neo4j from 'neo4j-driver';
import { RAW_QUERIES, type RawQueryName } from './raw-queries.js';

async function main() {
  // The same driver settings as rolegraph's Graph wrapper (plain JS numbers, pool of 50).
  const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    logging: { level: 'error', logger: () => {} },
  });
  const app = Fastify({ logger: false, keepAliveTimeout: 5_000 });
  // The HTTP floor: what a bare Fastify server takes to answer `{ __typename }` (no GraphQL, no database).
  app.post('/typename', async () => ({ data: { __typename: 'Query' } }));
  app.post<{ Params: { name: string } }>('/q/:name', async (req, reply) => {
    const query = RAW_QUERIES[req.params.name as RawQueryName];
    if (!query) return reply.code(404).send();
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const params = (req.body ?? {}) as Record<string, unknown>;
      const rows = (await session.run(query, params)).records.map((r) => r.toObject());
      return { data: rows };
    } catch (err) {
      return reply.code(500).send({ error: (err as Error).message });
    } finally {
      await session.close();
    }
  });
  // autocannon posts JSON without a content type on some requests: parse every body as JSON.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, body ? JSON.parse(body as string) : {});
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  const port = Number(process.env.PORT ?? 4200);
  await app.listen({ port, host: '127.0.0.1' });
  console.log(`raw Cypher baseline at http://127.0.0.1:${port}/q/<query>`);
  const stop = () => void app.close().then(() => driver.close()).then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
