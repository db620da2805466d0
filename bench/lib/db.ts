// The benchmark's own Neo4j: one home per data set under bench/.neo4j/<dataset>, all on the same
// ports (only one runs at a time), loaded through the real importers and reused while its counts
// still match what the last successful load recorded.
import fs from 'node:fs';
import path from 'node:path';
import { applySchema } from '../../src/store/connect.js';
import { Graph } from '../../src/store/graph.js';
import { bumpGraphVersion } from '../../src/store/graphVersion.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j-local/localNeo4j.js';
import { importEsco } from '../../src/importers/esco/index.js';
import { ESCO } from './scenarios.js';

export const DATASETS = ['curated', 'esco-half', 'esco'] as const;
export type DatasetName = (typeof DATASETS)[number];

export const BENCH_PASSWORD = 'rolegraph-bench';
export const BENCH_BOLT_PORT = Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 17808);
export const BENCH_HTTP_PORT = Number(process.env.BENCH_NEO4J_HTTP_PORT ?? 17508);
export const BENCH_URI = `bolt://127.0.0.1:${BENCH_BOLT_PORT}`;
// BENCH_HOME moves the bench's Neo4j homes (e.g. to run beside another bench in the same checkout).
const HOMES = process.env.BENCH_HOME ?? path.join(PROJECT_ROOT, 'bench', '.neo4j');
const DATA_ROOT = path.resolve(PROJECT_ROOT, '..', 'shared', 'datasets');
export const ESCO_DIR = process.env.BENCH_ESCO_DIR ?? path.join(DATA_ROOT, 'esco-v1.1.1');
export const ONET_DIR = process.env.BENCH_ONET_DIR ?? path.join(DATA_ROOT, 'onet-29.3');

export type Counts = Record<string, number>;

export interface BenchDb {
  dataset: DatasetName;
  uri: string;
  graph: Graph;
  counts: Counts;
  neo4jVersion: string;
  /** Seconds spent loading data in this run (0 when an already-loaded instance was reused). */
  loadSeconds: number;
  close(): Promise<void>;
}

const homeOf = (d: DatasetName) => path.join(HOMES, d);
const markerOf = (d: DatasetName) => path.join(homeOf(d), 'bench-loaded.json');

export function benchGraph(uri = BENCH_URI): Graph {
  return Graph.connect({ uri, username: 'neo4j', password: BENCH_PASSWORD, queryTimeoutMs: 600_000 });
}

/** Node counts by label and origin, and relationship counts by type: the fingerprint of a load. */
export async function graphCounts(graph: Graph): Promise<Counts> {
  const counts: Counts = {};
  for (const r of await graph.read('MATCH (n) WHERE n:Role OR n:Skill OR n:Tool OR n:Practice RETURN labels(n)[0] + ":" + coalesce(n.origin, "?") AS k, count(*) AS c')) counts[r.k] = r.c;
  for (const r of await graph.read('MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c')) counts[r.k] = r.c;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

function sameCounts(a: Counts, b: Counts): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

async function stopOthers(keep: DatasetName, log: (l: string) => void) {
  for (const d of DATASETS) {
    if (d !== keep && (await stopLocalNeo4j(homeOf(d)))) log(`stopped the bench Neo4j of ${d}`);
  }
}

async function start(d: DatasetName, log: (l: string) => void) {
  await stopOthers(d, log);
  return startLocalNeo4j({ home: homeOf(d), boltPort: BENCH_BOLT_PORT, httpPort: BENCH_HTTP_PORT, password: BENCH_PASSWORD, heap: '1g', pageCache: '512m' }, log);
}

async function loadCurated(graph: Graph) {
  const { seedCurated } = await import('../../src/importers/curated/index.js');
  await seedCurated(graph);
}

async function loadOnet(graph: Graph, log: (l: string) => void) {
  if (!fs.existsSync(ONET_DIR)) return log(`O*NET not found at ${ONET_DIR}; ESCO only`);
  const { importOnet } = await import('../../src/importers/onet/index.js');
  await importOnet(graph, ONET_DIR);
}

/** Full taxonomy scale: curated seed + ESCO + O*NET, all through the project's importers, then linked. */
async function loadEsco(graph: Graph, log: (l: string) => void) {
  log(`importing ESCO from ${ESCO_DIR} (a few minutes)...`);
  await importEsco(graph, ESCO_DIR);
  log('importing O*NET...');
  await loadOnet(graph, log);
  log('seeding the curated graph (crosswalk to ESCO/O*NET)...');
  await loadCurated(graph);
  // As `rolegraph import` and `seed` do: the engine answers over the linked graph (one concept space).
  log('linking the three sources (rolegraph link)...');
  const { linkGraph } = await import('../../src/linking/index.js');
  await linkGraph(graph, { say: (line) => log(`link: ${line}`) });
}

/** `CALL { } IN TRANSACTIONS` needs an auto-commit transaction, which the Graph wrapper does not open. */
async function autoCommit(graph: Graph, query: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = graph.driver.session();
  try {
    await session.run(query, params);
  } finally {
    await session.close();
  }
}

/**
 * Half of the taxonomy: a copy of the full store with every other ESCO occupation (ordered by id)
 * deleted together with its relationships (the occupations the scenarios use are kept), then skills no
 * longer required by any role. It keeps the shape of the data (skills per role, hubs) at half the size.
 */
async function halveEsco(graph: Graph) {
  const keep = [...new Set([ESCO.role, ...ESCO.compare, ESCO.from, ESCO.to])].map((n) => n.toLowerCase());
  await autoCommit(graph, `
    MATCH (r:Role {origin: 'esco'}) WHERE NOT toLower(r.name) IN $keep WITH r ORDER BY r.id
    WITH collect(r) AS roles
    UNWIND [i IN range(0, size(roles) - 1) WHERE i % 2 = 1 | roles[i]] AS r
    CALL (r) { DETACH DELETE r } IN TRANSACTIONS OF 500 ROWS`, { keep });
  await autoCommit(graph, `
    MATCH (s:Skill {origin: 'esco'}) WHERE NOT (s)<-[:REQUIRES_SKILL]-()
    CALL (s) { DETACH DELETE s } IN TRANSACTIONS OF 2000 ROWS`);
  await bumpGraphVersion(graph);
}

function copyStore(from: DatasetName, to: DatasetName) {
  const dst = path.join(homeOf(to), 'data');
  fs.rmSync(dst, { recursive: true, force: true });
  fs.mkdirSync(homeOf(to), { recursive: true });
  fs.cpSync(path.join(homeOf(from), 'data'), dst, { recursive: true });
}

function readMarker(d: DatasetName): Counts | null {
  try {
    return JSON.parse(fs.readFileSync(markerOf(d), 'utf8')) as Counts;
  } catch {
    return null;
  }
}

/** Starts (or reuses) the bench Neo4j for a data set, loading it when it is not already loaded. */
export async function openBenchDb(dataset: DatasetName, log: (l: string) => void, opts: { reload?: boolean } = {}): Promise<BenchDb> {
  const t0 = Date.now();
  let loaded = false;
  if (dataset === 'esco-half' && (opts.reload || !readMarker('esco-half'))) {
    // Built from the full store: load that first (or reuse it), then copy it while it is stopped.
    const full = await openBenchDb('esco', log);
    await full.close();
    await stopLocalNeo4j(homeOf('esco'));
    copyStore('esco', 'esco-half');
    fs.rmSync(markerOf('esco-half'), { force: true });
  }
  const handle = await start(dataset, log);
  const graph = benchGraph(handle.uri);
  await applySchema(graph);
  const marker = readMarker(dataset);
  let counts = await graphCounts(graph);
  if (opts.reload || !marker || !sameCounts(marker, counts)) {
    if (dataset === 'esco-half' && (counts['Role:esco'] ?? 0) > 0) {
      log('deleting half of the ESCO occupations...');
      await halveEsco(graph);
    } else {
      log(marker ? 'bench database counts changed since the last load; reloading' : `loading the ${dataset} data set`);
      await autoCommit(graph, 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      await applySchema(graph);
      if (dataset === 'curated') await loadCurated(graph);
      else await loadEsco(graph, log);
    }
    counts = await graphCounts(graph);
    fs.writeFileSync(markerOf(dataset), JSON.stringify(counts, null, 2));
    loaded = true;
  } else {
    log(`reusing the loaded ${dataset} bench database (${counts['Role:esco'] ?? 0} ESCO roles, ${counts.REQUIRES_SKILL ?? 0} REQUIRES_SKILL)`);
  }
  const info = await graph.driver.getServerInfo();
  return {
    dataset,
    uri: handle.uri,
    graph,
    counts,
    neo4jVersion: info.agent ?? 'unknown',
    loadSeconds: loaded ? (Date.now() - t0) / 1000 : 0,
    close: () => graph.close(),
  };
}

export async function stopBenchDb(dataset: DatasetName): Promise<boolean> {
  return stopLocalNeo4j(homeOf(dataset));
}
