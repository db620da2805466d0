// The state one import run carries through its files: where rows go (sink), what happened (report),
// what the user sees (progress) and which ids exist (to skip dangling references).
import type { Graph } from '../store/graph.js';
import { bumpGraphVersion } from '../store/graphVersion.js';
import { writeNodes } from './batchWriter.js';
import { sourceNode, type Dataset, type SourceInfo } from './dataset.js';
import { KnownIds } from './pipeline.js';
import { Progress } from './progress.js';
import { ImportReport } from './report.js';
import { GraphSink } from './sink.js';

export interface ImportOptions {
  batchSize?: number;
  progress?: Progress;
}

export interface ImportContext {
  graph: Graph;
  ds: Dataset;
  sink: GraphSink;
  report: ImportReport;
  progress: Progress;
  known: KnownIds;
}

export async function beginImport(graph: Graph, ds: Dataset, source: SourceInfo, opts: ImportOptions): Promise<ImportContext> {
  const report = new ImportReport(`${ds.version} import`);
  await writeNodes(graph, 'Source', [sourceNode(ds, source)]);
  return {
    graph,
    ds,
    report,
    sink: new GraphSink(graph, report, opts.batchSize),
    progress: opts.progress ?? new Progress(),
    known: new KnownIds(),
  };
}

/** Flushes what is buffered and bumps the graph version so API caches refresh. */
export async function endImport(ctx: ImportContext): Promise<ImportReport> {
  await ctx.sink.flush();
  await bumpGraphVersion(ctx.graph);
  return ctx.report.finish();
}
