// `npm run bench:hostile`: replays the hostile requests of docs/reliability.md against the API started as
// `npm start` runs it in production (heap cap, NODE_ENV=production, introspection on), on a graph that
// already holds ESCO (NEO4J_URI, default the local Neo4j), and prints one table row per attack:
// answers, time, the API's peak RSS, whether it survived (a dead server is restarted for the next attack)
// and whether another client was still served.
//   --root DIR   run the API from another checkout (e.g. an older commit, for a before/after table)
import { parseArgs } from 'node:util';
import { attacks, runAttack } from './lib/attacks.js';
import { graphqlReady, startChild } from './lib/children.js';
import { Graph } from '../src/store/graph.js';

const { values } = parseArgs({ options: { root: { type: 'string' }, port: { type: 'string', default: '4411' } } });
const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
const password = process.env.NEO4J_PASSWORD ?? 'rolegraph-local';

const graph = Graph.connect({ uri, username: process.env.NEO4J_USERNAME ?? 'neo4j', password, queryTimeoutMs: 60_000 });
const largest = await graph.read(
  "MATCH (r:Role {origin: 'esco'}) RETURN r.id AS id, COUNT { (r)-[:REQUIRES_SKILL]->() } AS skills ORDER BY skills DESC LIMIT 5",
);
await graph.close();
if (largest.length < 5) throw new Error(`${uri} holds fewer than five ESCO occupations: import ESCO first (npm run import:esco)`);
console.error(`largest ESCO occupations: ${largest.map((r) => `${r.skills}`).join(', ')} skills`);

const start = () => startChild({
  name: 'hostile-bench-api',
  script: 'src/main.ts',
  root: values.root,
  port: Number(values.port),
  nodeFlags: ['--max-old-space-size=256', '--max-semi-space-size=8'],
  env: { NODE_ENV: 'production', ROLEGRAPH_INTROSPECTION: 'true', NEO4J_URI: uri, NEO4J_PASSWORD: password, ROLEGRAPH_LOG_LEVEL: 'warn' },
  ready: (url) => graphqlReady(`${url}/graphql`),
});
let server = await start();
console.log('| attack | answers (status code) | time | RSS before → peak | survived | other client answered (slowest) |');
console.log('|---|---|---|---|---|---|');
try {
  for (const attack of attacks(largest.map((r) => r.id as string))) {
    const r = await runAttack(server.url, server.pid, attack);
    const answers = [...new Set(r.answers.map((a) => `${a.status || 'no answer'}${a.codes.length ? ` ${[...new Set(a.codes)].join('/')}` : ''}${a.bytes > 100_000 ? ` (${(a.bytes / 1e6).toFixed(1)} MB)` : ''}`))].join(', ');
    console.log(`| ${attack.name} | ${answers} | ${(r.ms / 1000).toFixed(2)} s | ${Math.round(r.rssBeforeMb)} → ${Math.round(r.rssPeakMb)} MB | ${r.alive ? 'yes' : '**no**'} | ${r.bystander.answered}/${r.bystander.asked} (${r.bystander.slowestMs} ms) |`);
    // A server that died is started again, so every attack is measured (and each death shown).
    if (!r.alive) {
      await server.stop();
      server = await start();
    }
  }
} finally {
  await server.stop();
}
