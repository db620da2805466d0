// Figures for docs/semantic.md on the configured Neo4j (the full import): model load time, per-phrase
// latency, RSS with the model loaded, a full embed of the graph and an incremental re-run.
//   npx tsx src/semantic/eval/measure.ts [--threads N] [--from-scratch] [--no-embed]
// --from-scratch deletes every Embedding node first (nothing else is touched).
import os from 'node:os';
import { neo4jConfig } from '../../config.js';
import { connect } from '../../store/connect.js';
import { Embedder } from '../embedder.js';
import { embedGraph } from '../embedGraph.js';
import { nearestConcepts } from '../nearest.js';

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
const arg = (name: string) => process.argv.indexOf(`--${name}`);

async function main() {
  const threads = arg('threads') > 0 ? Number(process.argv[arg('threads') + 1]) : 1;
  const rssBefore = process.memoryUsage().rss;
  const embedder = await Embedder.load({ threads });
  const rssLoaded = process.memoryUsage().rss;
  const phrases = ['container orchestration', 'Kubernetes', 'bookkeeping', 'Python (computer programming)', 'data science',
    'someone who builds tools and SDKs for other developers', 'relational database', 'version control', 'nursing care', 'cloud computing'];
  await embedder.embed(phrases); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const p of phrases) {
      const t = performance.now();
      await embedder.embedOne(`${p} ${round}`);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const rssPhrases = process.memoryUsage().rss;
  console.log(`threads: ${threads}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores`);
  console.log(`model load: ${embedder.loadMs.toFixed(0)} ms (verify SHA-256 + tokenizer + ONNX session)`);
  console.log(`per phrase (one at a time, ${times.length} phrases): p50 ${times[times.length >> 1].toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms`);
  console.log(`RSS: ${mb(rssBefore)} before load, ${mb(rssLoaded)} loaded, ${mb(rssPhrases)} after phrases`);

  const cfg = neo4jConfig();
  const { graph } = await connect({ ...cfg, queryTimeoutMs: Math.max(cfg.queryTimeoutMs, 300_000) }, (l) => process.stderr.write(`${l}\n`));
  try {
    if (arg('from-scratch') > 0) {
      const [{ removed }] = await graph.autoCommit('MATCH (e:Embedding) CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 5000 ROWS RETURN count(*) AS removed');
      console.log(`from scratch: deleted ${removed} Embedding nodes`);
    }
    if (arg('no-embed') < 0) {
      const cpu = process.cpuUsage();
      const full = await embedGraph(graph, { embedder });
      const used = process.cpuUsage(cpu);
      // CPU time of this process (all its threads) says more than wall time on a shared machine.
      console.log(`embedGraph: ${JSON.stringify(full)}; ${((used.user + used.system) / 1e6).toFixed(0)} s CPU; RSS ${mb(process.memoryUsage().rss)}`);
      const again = await embedGraph(graph, { embedder });
      console.log(`embedGraph again: ${JSON.stringify(again)}`);
    }
    const vectors = await embedder.embed(phrases);
    const p50 = async (label: string, run: () => Promise<unknown>) => {
      await run();
      const t: number[] = [];
      for (let i = 0; i < 30; i++) { const t0 = performance.now(); await run(); t.push(performance.now() - t0); }
      t.sort((a, b) => a - b);
      console.log(`${label}: p50 ${t[15].toFixed(1)} ms, p95 ${t[28].toFixed(1)} ms`);
    };
    await p50('nearestConcepts, 1 vector, k 10, all kinds', () => nearestConcepts(graph, [vectors[0]], { k: 10 }));
    await p50('nearestConcepts, 1 vector, k 10, Skill+Tool', () => nearestConcepts(graph, [vectors[0]], { k: 10, kinds: ['Skill', 'Tool'] }));
    await p50("nearestConcepts, 1 vector, k 10, origins ['curated']", () => nearestConcepts(graph, [vectors[0]], { k: 10, origins: ['curated'] }));
    await p50('nearestConcepts, 10 vectors in one call, k 10, all kinds', () => nearestConcepts(graph, vectors, { k: 10 }));
  } finally {
    await graph.close();
    await embedder.release();
  }
}

await main();
