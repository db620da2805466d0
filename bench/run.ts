// npm run bench -- [--dataset curated|esco-half|esco[,...]] [--quick] [--duration s] [--latency-duration s]
//   [--connections n] [--only read|engine|name,...] [--targets rolegraph,raw,neo4j-graphql] [--json file]
//   [--markdown file] [--cpu-prof] [--api-node-flags="--max-old-space-size=..."] [--reload] [--load-only] [--keep-db]
// Measures rolegraph against raw Cypher through neo4j-driver and against @neo4j/graphql, over the same
// bench Neo4j, each server a child process driven by autocannon over loopback. See docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/paths.js';
import { DATASETS, BENCH_PASSWORD, openBenchDb, stopBenchDb, type DatasetName } from './lib/db.js';
import { graphqlReady, LOG_DIR, rssBytes, sampleRss, startChild, waitIdle, type ChildServer } from './lib/children.js';
import { measure, probe, type Request } from './lib/load.js';
import { renderReport, TARGETS, type BenchReport, type DatasetRun, type ScenarioResult, type Target } from './lib/report.js';
import { countRoundTrips } from './lib/roundTrips.js';
import { buildScenarios, resolveParams, type Scenario } from './lib/scenarios.js';

// The same heap settings as `npm start` and the Dockerfile, unless --api-node-flags says otherwise.
const API_NODE_FLAGS = '--max-old-space-size=256 --max-semi-space-size=8';

const { values: args } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'curated' },
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    'latency-duration': { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '8' },
    only: { type: 'string' },
    targets: { type: 'string', default: TARGETS.join(',') },
    json: { type: 'string' },
    markdown: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    'api-node-flags': { type: 'string' },
    'no-round-trips': { type: 'boolean', default: false },
    reload: { type: 'boolean', default: false },
    'load-only': { type: 'boolean', default: false },
    'keep-db': { type: 'boolean', default: false },
  },
});

const quick = args.quick!;
const connections = Number(args.connections);
const seconds = Number(args.duration ?? (quick ? 1 : 10));
const latencySeconds = quick ? 0 : Number(args['latency-duration'] ?? 5);
const warmupSeconds = Number(args.warmup ?? (quick ? 0.25 : 2));
const targets = args.targets!.split(',') as Target[];
const datasets = args.dataset!.split(',') as DatasetName[];
for (const d of datasets) if (!DATASETS.includes(d)) throw new Error(`--dataset must be one of ${DATASETS.join(', ')}; got ${d}`);
for (const t of targets) if (!TARGETS.includes(t)) throw new Error(`--targets takes ${TARGETS.join(', ')}; got ${t}`);

const t0 = Date.now();
const log = (line: string) => console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${line}`);

function machine(neo4jVersion: string): Record<string, string> {
  const cpus = os.cpus();
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'} (nproc ${os.availableParallelism?.() ?? cpus.length})`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: (java.stderr || java.stdout).split('\n')[0]?.trim() ?? 'unknown',
    neo4j: `${neo4jVersion} Community, heap 1 GiB, page cache 512 MiB`,
    load: `1-min load average after the last data set ${os.loadavg()[0].toFixed(2)}`,
  };
}

let neo4jVersionSeen = 'unknown';
// BENCH_PORT_BASE moves the three servers' ports (17830, +1, +2 by default).
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 17830);
const PORTS: Record<Target, number> = { rolegraph: PORT_BASE, raw: PORT_BASE + 1, 'neo4j-graphql': PORT_BASE + 2 };

async function startServers(uri: string): Promise<Partial<Record<Target, ChildServer>>> {
  const env = { NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: BENCH_PASSWORD };
  // The three servers start side by side (each waits on its own readiness probe).
  const starting: Promise<[Target, ChildServer]>[] = [];
  if (targets.includes('rolegraph')) {
    // The real entry point with production settings; logging above info so it does not dominate.
    starting.push(startChild({
      name: 'rolegraph',
      script: 'src/main.ts',
      port: PORTS.rolegraph,
      env: { ...env, NODE_ENV: 'production', ROLEGRAPH_LOG_LEVEL: 'warn' },
      nodeFlags: [...(args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${LOG_DIR}`] : []), ...(args['api-node-flags'] ?? API_NODE_FLAGS).split(' ').filter(Boolean)],
      // /health/ready: the API listens at once but is ready only after its Neo4j bootstrap.
      ready: async (url) => (await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2000) })).ok,
    }).then((c) => ['rolegraph', c]));
  }
  if (targets.includes('raw')) {
    starting.push(startChild({ name: 'raw-cypher', script: 'bench/baselines/raw-cypher.ts', port: PORTS.raw, env, ready: async (url) => (await fetch(`${url}/q/rolesPage`, { method: 'POST', body: '{"first":1}' })).ok }).then((c) => ['raw', c]));
  }
  if (targets.includes('neo4j-graphql')) {
    starting.push(startChild({ name: 'neo4j-graphql', script: 'bench/baselines/neo4j-graphql.ts', port: PORTS['neo4j-graphql'], env, ready: (url) => graphqlReady(`${url}/`) }).then((c) => ['neo4j-graphql', c]));
  }
  const servers: Partial<Record<Target, ChildServer>> = {};
  for (const [target, child] of await Promise.all(starting)) servers[target] = child;
  return servers;
}

function requestFor(target: Target, s: Scenario, server: ChildServer): Request | null {
  if (target === 'rolegraph') return { url: `${server.url}/graphql`, body: JSON.stringify(s.rolegraph) };
  if (target === 'raw') return s.raw ? { url: `${server.url}${s.raw.path ?? `/q/${s.raw.query}`}`, body: JSON.stringify(s.raw.params) } : null;
  return s.neo4jGraphql ? { url: `${server.url}/`, body: JSON.stringify(s.neo4jGraphql) } : null;
}

function selected(s: Scenario): boolean {
  if (!args.only) return true;
  const only = args.only.split(',');
  return only.includes(s.kind) || only.includes(s.name) || only.includes(s.name.split('@')[0]);
}

async function runDataset(dataset: DatasetName): Promise<DatasetRun> {
  const db = await openBenchDb(dataset, log, { reload: args.reload });
  neo4jVersionSeen = db.neo4jVersion;
  if (args['load-only']) {
    log(`${dataset} loaded: ${JSON.stringify(db.counts)}`);
    await db.close();
    return { dataset, counts: db.counts, loadSeconds: db.loadSeconds, params: {}, scenarios: [], rssPeakBytes: {}, rssIdleBytes: {} };
  }
  const hasEsco = (db.counts['Role:esco'] ?? 0) > 0;
  const hasCurated = (db.counts['Role:curated'] ?? 0) > 0;
  const scenarios: Scenario[] = [];
  const params: Record<string, unknown> = {};
  if (hasEsco) {
    const p = await resolveParams(db.graph, 'esco');
    params.esco = p;
    scenarios.push(...buildScenarios(p, { reads: true }));
  }
  if (hasCurated) {
    const p = await resolveParams(db.graph, 'curated');
    params.curated = p;
    scenarios.push(...buildScenarios(p, { reads: !hasEsco, suffix: hasEsco ? 'curated' : undefined }));
  }
  const chosen = scenarios.filter(selected);
  log(`${dataset}: ${chosen.length} scenarios × ${targets.join(', ')}`);

  const servers = await startServers(db.uri);
  const run: DatasetRun = { dataset, counts: db.counts, loadSeconds: db.loadSeconds, params, scenarios: [], rssPeakBytes: {}, rssIdleBytes: {} };
  for (const [t, s] of Object.entries(servers)) run.rssIdleBytes[t as Target] = rssBytes(s.pid) ?? undefined;
  try {
    // Every scenario once on every server before anything is measured: fills caches and projections,
    // and checks each answer; then wait for background work those requests started to finish.
    const probes = new Map<string, Awaited<ReturnType<typeof probe>> | null>();
    for (const s of chosen) {
      for (const t of targets) {
        const req = requestFor(t, s, servers[t]!);
        const check = req ? await probe(req).catch((err: Error) => ({ ok: false, status: 0, bytes: 0, error: `${err.message} (${(err.cause as Error)?.message ?? ''})`, body: null })) : null;
        probes.set(`${s.name}/${t}`, check);
        if (check && !check.ok) log(`${s.name} on ${t}: ${check.error}`);
      }
    }
    for (const [t, server] of Object.entries(servers)) {
      const waited = await waitIdle(server.pid, quick ? 5_000 : 60_000);
      if (waited > 1500) log(`${t} was busy for ${(waited / 1000).toFixed(0)} s after the probes (background work); measuring from now`);
    }
    for (const s of chosen) {
      const result: ScenarioResult = { name: s.name, description: s.description, kind: s.kind, nested: s.nested, p50TargetMs: s.p50TargetMs, targets: {} };
      for (const t of targets) {
        const server = servers[t]!;
        const req = requestFor(t, s, server);
        const check = probes.get(`${s.name}/${t}`);
        if (!req || !check) {
          result.targets[t] = { skipped: 'not expressible' };
          continue;
        }
        if (!check.ok) {
          result.targets[t] = { skipped: `probe failed: ${check.error?.slice(0, 160)}` };
          continue;
        }
        const rss = sampleRss(server.pid);
        const latency = latencySeconds > 0 ? await measure(req, 1, latencySeconds, warmupSeconds) : undefined;
        const load = await measure(req, connections, seconds, latencySeconds > 0 ? 0.5 : warmupSeconds);
        const { peak } = rss.stop();
        run.rssPeakBytes[t] = Math.max(run.rssPeakBytes[t] ?? 0, peak);
        result.targets[t] = { latency, load, rssPeakBytes: peak, responseBytes: check.bytes };
        const bad = load.non2xx + load.errors + load.timeouts;
        log(`${s.name.padEnd(22)} ${t.padEnd(13)} p50 ${(latency ?? load).p50.toFixed(2).padStart(7)} ms  p99 ${(latency ?? load).p99.toFixed(2).padStart(7)} ms  ${load.rps.toFixed(0).padStart(6)} req/s @${connections}  ${(peak / 1048576).toFixed(0)} MB${bad ? `  ${bad} failed` : ''}`);
      }
      run.scenarios.push(result);
    }
  } finally {
    for (const s of Object.values(servers)) await s.stop();
  }
  try {
    // After the measured runs: the in-process API used for counting starts its own background work.
    // --quick skips the round-trip count (an in-process API per data set) to stay within 90 s.
    if (!args['no-round-trips'] && !quick && targets.includes('rolegraph')) {
      const rts = await countRoundTrips(db.graph, chosen);
      for (const r of run.scenarios) r.roundTrips = rts[r.name];
    }
  } finally {
    await db.close();
  }
  return run;
}

async function main() {
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: {},
    settings: { connections, seconds, latencySeconds, warmupSeconds, quick },
    datasets: [],
  };
  const file = args.json ?? path.join(PROJECT_ROOT, 'bench', 'results', `${report.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    for (const d of datasets) {
      report.datasets.push(await runDataset(d));
      // Saved after each data set, so a failure later keeps what was measured.
      report.machine = machine(neo4jVersionSeen);
      fs.writeFileSync(file, JSON.stringify(report, null, 2));
    }
  } finally {
    if (!args['keep-db']) for (const d of datasets) await stopBenchDb(d);
  }
  report.machine = machine(neo4jVersionSeen);
  if (args['load-only']) return;
  const text = renderReport(report);
  console.log(text);
  fs.writeFileSync(file, JSON.stringify(report, null, 2));
  if (args.markdown) fs.writeFileSync(args.markdown, text);
  log(`results: ${path.relative(process.cwd(), file)}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
