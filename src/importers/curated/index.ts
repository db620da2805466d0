// The curated seed: validates data/curated/*.yaml, writes it through the shared batch writer
// (replace mode, so a re-run converges on the same graph), removes curated nodes and relationships
// that the files no longer contain, and bumps the graph version.
import type { Graph } from '../../db/graph.js';
import { bumpGraphVersion } from '../../db/graphVersion.js';
import { writeNodes, writeRels, type RelSpec } from '../batchWriter.js';
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

/** Deletes what an earlier version of the files wrote and this one no longer has (origin 'curated' only). */
async function prune(graph: Graph, data: CuratedData, report: SeedReport) {
  for (const { spec, rows } of data.rels) {
    const counts = await graph.writeCounted(relPruneQuery(spec), { origin: ORIGIN, pairs: rows.map((r) => [r.from, r.to]) });
    report.relationshipsRemoved += counts.relationshipsDeleted;
  }
  for (const { label, rows } of data.nodes) {
    const counts = await graph.writeCounted(
      `MATCH (n:${ident(label)}) WHERE n.origin = $origin AND NOT n.id IN $ids DETACH DELETE n`,
      { origin: ORIGIN, ids: rows.map((r) => r.id) },
    );
    report.nodesRemoved += counts.nodesDeleted;
  }
}

function relPruneQuery(spec: RelSpec): string {
  return (
    `MATCH (a:${ident(spec.fromLabel)})-[r:${ident(spec.type)}]->(b:${ident(spec.toLabel)}) ` +
    `WHERE r.origin = $origin AND NOT [a.id, b.id] IN $pairs DELETE r`
  );
}
