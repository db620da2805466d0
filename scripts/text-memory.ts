// Where the API's memory goes when it reads a text (issue 16): the API built in-process as `npm start` builds
// it, on the graph of NEO4J_URI (read-only: nothing is written), asked similarRoles (the projection), then
// extractSkills and matchRoles(profileText:) on a one-page CV, then extractSkills `--runs` more times for p50.
// Prints RSS, V8 heap and off-heap memory after each step. Run with the API's flags:
//   node --max-old-space-size=256 --max-semi-space-size=8 --import tsx scripts/text-memory.ts [--runs 30]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { neo4jConfig } from '../src/config.js';
import { buildApp } from '../src/http/app.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { connect } from '../src/store/connect.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
const text = fs.readFileSync(path.join(PROJECT_ROOT, 'data', 'quality', 'texts', '13-cv-backend-java-senior.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const CV = text.slice(0, text.lastIndexOf('\n', 3_000)).trim();

function report(step: string): void {
  const m = process.memoryUsage();
  console.log(`${step.padEnd(44)} RSS ${mb(m.rss).padStart(7)}  heap used ${mb(m.heapUsed).padStart(7)} of ${mb(m.heapTotal).padStart(7)}  external ${mb(m.external).padStart(7)} (array buffers ${mb(m.arrayBuffers)})`);
}

const { graph } = await connect(neo4jConfig(), () => {});
process.env.NODE_ENV = 'production';
const app = await buildApp(graph, { log: () => {} });
const url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
async function ask(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}
report('API built');
const [{ id }] = (await graph.read("MATCH (r:Role {origin: 'curated'}) RETURN r.id AS id ORDER BY r.id LIMIT 1")) as { id: string }[];
await ask('query($id: ID!) { similarRoles(role: $id, first: 5) { score } }', { id });
report('similarRoles (projection loaded)');
const EXTRACT = 'query($text: String!) { extractSkills(text: $text, first: 50) { id confidence matchedBy node { id } mentions { start end } } }';
let t = performance.now();
await ask(EXTRACT, { text: CV });
report(`first extractSkills (${Math.round(performance.now() - t)} ms)`);
await ask('query($text: String!) { matchRoles(profileText: $text, first: 10) { coverage } }', { text: CV });
report('matchRoles(profileText:)');
const times: number[] = [];
let peak = process.memoryUsage().rss;
for (let i = 0; i < Number(values.runs); i++) {
  t = performance.now();
  await ask(EXTRACT, { text: CV });
  times.push(performance.now() - t);
  peak = Math.max(peak, process.memoryUsage().rss);
}
times.sort((a, b) => a - b);
report(`after ${times.length} more extractSkills`);
console.log(`extractSkills on the one-page CV (${CV.length} characters): p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms; peak RSS ${mb(peak)}`);
await app.close();
await graph.close();
