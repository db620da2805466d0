// Figures for docs/semantic.md on the configured Neo4j (the full import): model load time, per-phrase
// latency, RSS with the model loaded, a full embed of the graph and an incremental re-run.
//   npx tsx src/semantic/eval/measure.ts [--threads N] [--from-scratch]
// --from-scratch deletes every Embedding node first (nothing else is touched).
import { neo4jConfig } from '../../config.js';
import { connect } from '../../store/connect.js';
import { Embedder } from '../embedder.js';
import { embedGraph } from '../embedGraph.js';

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
  console.log(`threads: ${threads}`);
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
    const full = await embedGraph(graph, { embedder });
    console.log(`embedGraph: ${JSON.stringify(full)}; RSS ${mb(process.memoryUsage().rss)}`);
    const again = await embedGraph(graph, { embedder });
    console.log(`embedGraph again: ${JSON.stringify(again)}`);
  } finally {
    await graph.close();
    await embedder.release();
  }
}

await main();
