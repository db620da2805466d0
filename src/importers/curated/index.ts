// The curated seed: validates data/curated/*.yaml, writes it through the shared batch writer
// (replace mode, so a re-run converges on the same graph), removes curated nodes and relationships
// that the files no longer contain, and bumps the graph version.
import type { Graph } from '../../store/graph.js';
import { bumpGraphVersion } from '../../store/graphVersion.js';
import { writeNodes, writeRels } from '../batchWriter.js';
import { readCuratedFiles } from './files.js';
import { parseCurated, type CuratedData } from './parse.js';
import { ORIGIN } from './spec.js';

export { CuratedDataError, parseCurated, type CuratedData } from './parse.js';
export { readCuratedFiles, CURATED_DIR } from './files.js';

export interface SeedReport {
  /** Rows written per node label and per relationship type (what the graph holds afterwards). */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Curated nodes/relationships deleted because the data files no longer contain them. */
  nodesRemoved: number;
  relationshipsRemoved: number;
  graphVersion: number;
  durationMs: number;
}

export function loadCuratedData(dir?: string): CuratedData {
  return parseCurated(readCuratedFiles(dir));
}

// Labels and types below come from spec.ts (code, never input); the same pattern checks as the batch writer.
const IDENT = /^[A-Z][A-Za-z_]*$/;
function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Invalid graph identifier ${JSON.stringify(name)}`);
  return name;
}

export async function seedCurated(graph: Graph, data: CuratedData = loadCuratedData()): Promise<SeedReport> {
  const started = performance.now();
  const report: SeedReport = { nodes: {}, relationships: {}, nodesCreated: 0, relationshipsCreated: 0, nodesRemoved: 0, relationshipsRemoved: 0, graphVersion: 0, durationMs: 0 };

  for (const { label, rows } of data.nodes) {
    const totals = await writeNodes(graph, label, rows, { mode: 'replace' });
    report.nodes[label] = rows.length;
    report.nodesCreated += totals.nodesCreated;
  }
  for (const { spec, rows } of data.rels) {
    const totals = await writeRels(graph, spec, rows, { mode: 'replace' });
    report.relationships[spec.type] = (report.relationships[spec.type] ?? 0) + rows.length;
    report.relationshipsCreated += totals.relationshipsCreated;
  }
  await prune(graph, data, report);
  report.graphVersion = await bumpGraphVersion(graph);
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

/**
 * Deletes what an earlier version of the files wrote and this one no longer has (origin 'curated' only),
 * in two statements so a re-seed costs two round trips more, not one per label and type.
 */
async function prune(graph: Graph, data: CuratedData, report: SeedReport) {
  const types = [...new Set(data.rels.map((g) => ident(g.spec.type)))].join('|');
  const relKeys = data.rels.flatMap(({ spec, rows }) => rows.map((r) => [spec.type, spec.fromLabel, r.from, spec.toLabel, r.to]));
  const labels = data.nodes.map((g) => ident(g.label)).join('|');
  // Curated relationships start at curated nodes: anchoring there keeps imported (ESCO, O*NET) edges out of the scan.
  const rels = await graph.writeCounted(
    `MATCH (a:${labels}) WHERE a.origin = $origin MATCH (a)-[r:${types}]->(b) ` +
      `WHERE r.origin = $origin AND NOT [type(r), labels(a)[0], a.id, labels(b)[0], b.id] IN $keys DELETE r`,
    { origin: ORIGIN, keys: relKeys },
  );
  report.relationshipsRemoved = rels.relationshipsDeleted;
  const nodes = await graph.writeCounted(
    `MATCH (n:${labels}) WHERE n.origin = $origin AND NOT [labels(n)[0], n.id] IN $keys DETACH DELETE n`,
    { origin: ORIGIN, keys: data.nodes.flatMap(({ label, rows }) => rows.map((r) => [label, r.id])) },
  );
  report.nodesRemoved = nodes.nodesDeleted;
}
