// `npm run bench:link`: times `rolegraph link` on a graph that holds the full import (NEO4J_URI, default
// the local Neo4j: curated + ESCO + O*NET), twice: from scratch (every stored embedding deleted first, so
// the whole graph is embedded again) and again with nothing changed. Prints one table row per run with
// the time of each stage, what was written and the process's peak RSS. The target (issue 14): the run
// from scratch within 240 s on a 2-core machine. See docs/benchmarks.md.
//   --incremental-only   keep the stored embeddings (measure only the run with nothing changed)
import os from 'node:os';
import { parseArgs } from 'node:util';
import { linkGraph, type LinkReport } from '../src/linking/index.js';
import { cypher } from '../src/store/cypherFiles.js';
import { Graph } from '../src/store/graph.js';

const { values } = parseArgs({ options: { 'incremental-only': { type: 'boolean', default: false } } });
const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
const graph = Graph.connect({ uri, username: process.env.NEO4J_USERNAME ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'rolegraph-local', queryTimeoutMs: 600_000 });

const TARGET_SECONDS = 240;

async function timed(label: string): Promise<string> {
  const load = os.loadavg()[0].toFixed(1);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 200);
  let r: LinkReport;
  try {
    r = await linkGraph(graph, { say: (line) => console.error(`bench:link ${label}: ${line}`) });
  } finally {
    clearInterval(sampler);
  }
  const s = (x: number) => `${x.toFixed(1)} s`;
  const total = r.seconds <= TARGET_SECONDS || label !== 'from scratch' ? s(r.seconds) : `**${s(r.seconds)}**`;
  return `| ${label} | ${r.embedded.embedded} / ${r.embedded.unchanged} | ${s(r.stages.embed)} | ${s(r.stages.sameAs)} | ${s(r.stages.related)} | ${s(r.stages.occupations)} | ${s(r.stages.write)} | ${total} | ${r.sameAs} / ${r.related} / ${r.occupations} | ${Math.round(peak / 1048576)} MB | ${load} |`;
}

try {
  const [{ roles }] = await graph.read("MATCH (r:Role) WHERE r.origin IN ['esco', 'onet'] RETURN count(r) AS roles");
  if (Number(roles) < 1000) throw new Error(`${uri} holds ${roles} ESCO and O*NET occupations: import both first (npm run import:esco && npm run import:onet)`);
  const rows: string[] = [];
  if (!values['incremental-only']) {
    const [{ removed }] = await graph.autoCommit(cypher('linking/drop-embeddings'));
    console.error(`bench:link: deleted ${removed} stored embeddings`);
    rows.push(await timed('from scratch'));
  }
  rows.push(await timed('nothing changed'));
  console.log(`${os.cpus()[0]?.model ?? 'cpu'} (nproc ${os.availableParallelism()}), Node ${process.version}, ${roles} ESCO + O*NET occupations\n`);
  console.log('| run | embedded / unchanged | embed | SAME_AS | RELATED_TO | occupations | write | whole run | SAME_AS / RELATED_TO / MAPS_TO written | peak RSS | load average at start |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  await graph.close();
}
