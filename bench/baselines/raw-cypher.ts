// Baseline (a) as a service: a bare node:http server that answers POST /q/<query> (JSON parameters in
// the body) with one read transaction through neo4j-driver and the rows as JSON, so autocannon
// measures it exactly like the GraphQL servers (HTTP + JSON on both sides, no GraphQL).
// Run as a child process by bench/run.ts: NEO4J_URI, NEO4J_PASSWORD, PORT.
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { RAW_QUERIES, type RawQueryName } from './raw-queries.js';

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function main() {
  // The same driver settings as rolegraph's Graph wrapper (plain JS numbers, pool of 50).
  const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    logging: { level: 'error', logger: () => {} },
  });
  const server = http.createServer(async (req, res) => {
    const name = (req.url ?? '').replace(/^\/q\//, '') as RawQueryName;
    const query = RAW_QUERIES[name];
    if (req.method !== 'POST' || !query) {
      res.writeHead(404).end();
      return;
    }
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const params = JSON.parse((await readBody(req)) || '{}');
      const rows = await session.executeRead(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));
      const text = JSON.stringify({ data: rows });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: (err as Error).message }));
    } finally {
      await session.close();
    }
  });
  server.keepAliveTimeout = 5_000;
  const port = Number(process.env.PORT ?? 4200);
  server.listen(port, '127.0.0.1', () => console.log(`raw Cypher baseline at http://127.0.0.1:${port}/q/<query>`));
  const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
