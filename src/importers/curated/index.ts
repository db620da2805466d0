// The curated seed: validates data/curated/*.yaml, writes it through the shared writer (replace mode,
// so a re-run converges on the same graph), removes curated nodes and relationships that the files no
// longer contain, and bumps the graph version.
import { cypher } from '../../store/cypherFiles.js';
import type { Graph } from '../../store/graph.js';
import { bumpGraphVersion } from '../../store/graphVersion.js';
import { ImportReport } from '../report.js';
import { Writer } from '../writer.js';
import { readCuratedFiles } from './files.js';
import { parseCurated, type CuratedData } from './parse.js';
import { ORIGIN } from './schema.js';

export { CuratedDataError } from '../errors.js';
export { parseCurated, type CuratedData } from './parse.js';
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

export async function seedCurated(graph: Graph, data: CuratedData = loadCuratedData()): Promise<SeedReport> {
  const started = performance.now();
  const written = new ImportReport('seed');
  const writer = new Writer(graph, written, { mode: 'replace' });
  const report: SeedReport = { nodes: {}, relationships: {}, nodesCreated: 0, relationshipsCreated: 0, nodesRemoved: 0, relationshipsRemoved: 0, graphVersion: 0, durationMs: 0 };
  for (const { label, rows } of data.nodes) {
    for (const row of rows) await writer.node(label, row);
    report.nodes[label] = rows.length;
  }
  for (const { spec, rows } of data.rels) {
    for (const row of rows) await writer.rel(spec, row);
    report.relationships[spec.type] = (report.relationships[spec.type] ?? 0) + rows.length;
  }
  await writer.flush();
  for (const line of written.written.values()) report[line.kind === 'node' ? 'nodesCreated' : 'relationshipsCreated'] += line.created;
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
  const labels = data.nodes.map((g) => g.label);
  const rels = await graph.writeCounted(cypher('importers/curated-prune-relationships'), {
    origin: ORIGIN,
    labels,
    types: [...new Set(data.rels.map((g) => g.spec.type))],
    keys: data.rels.flatMap(({ spec, rows }) => rows.map((r) => [spec.type, spec.fromLabel, r.from, spec.toLabel, r.to])),
  });
  report.relationshipsRemoved = rels.relationshipsDeleted;
  const nodes = await graph.writeCounted(cypher('importers/curated-prune-nodes'), {
    origin: ORIGIN,
    labels,
    keys: data.nodes.flatMap(({ label, rows }) => rows.map((r) => [label, r.id])),
  });
  report.nodesRemoved = nodes.nodesDeleted;
}
