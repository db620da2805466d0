// One import run of a dataset release: where rows go (the writer), what happened (the report), what the
// user sees (progress) and which ids were loaded (so rows that refer to concepts missing from the files
// are skipped and reported instead of inventing nodes for them).
import path from 'node:path';
import type { Graph } from '../store/graph.js';
import { bumpGraphVersion } from '../store/graphVersion.js';
import type { TableSource } from './csv.js';
import { provenance, sourceNode, type Dataset, type SourceInfo } from './dataset.js';
import type { IsKnown, Mapped } from './mapped.js';
import { Progress } from './progress.js';
import { ImportReport } from './report.js';
import type { TableRecord } from './table.js';
import { nodeMergeQuery, Writer, type NodeRow } from './writer.js';

export interface ImportOptions {
  batchSize?: number;
  progress?: Progress;
}

export class ImportRun {
  readonly report: ImportReport;
  readonly writer: Writer;
  readonly progress: Progress;
  private readonly ids = new Map<string, Set<string>>();
  /** `known` as a function, for the mappers. */
  readonly isKnown: IsKnown = (label, id) => this.ids.get(label)?.has(id) ?? false;

  private constructor(readonly graph: Graph, readonly ds: Dataset, opts: ImportOptions) {
    this.report = new ImportReport(`${ds.version} import`);
    this.writer = new Writer(graph, this.report, { batchSize: opts.batchSize, shared: provenance(ds) });
    this.progress = opts.progress ?? new Progress();
  }

  /** Starts a run with the Source node that credits the dataset (written as it is: it cites no source). */
  static async begin(graph: Graph, ds: Dataset, source: SourceInfo, opts: ImportOptions = {}): Promise<ImportRun> {
    await graph.writeCounted(nodeMergeQuery('Source'), { rows: [sourceNode(ds, source)] });
    return new ImportRun(graph, ds, opts);
  }

  /** Writes a node and remembers its id as loaded. */
  async node(label: string, row: NodeRow): Promise<void> {
    let set = this.ids.get(label);
    if (!set) this.ids.set(label, (set = new Set()));
    set.add(row.id);
    await this.writer.node(label, row);
  }

  /** Runs `handle` on every record of a file, with progress; returns the number of records. */
  async eachRecord(src: TableSource, handle: (rec: TableRecord) => Promise<unknown> | unknown): Promise<number> {
    this.progress.start(path.basename(src.file), src.size);
    let n = 0;
    for await (const rec of src.records()) {
      await handle(rec);
      n++;
      if ((n & 255) === 0) this.progress.update(n, src.bytesRead);
    }
    this.progress.update(n, src.size);
    this.progress.done();
    return n;
  }

  /** Writes a mapped row with `write`, or counts the skip in the report as "file:line: detail". */
  async route<T>(m: Mapped<T>, file: string, line: number, write: (row: T) => Promise<void>): Promise<boolean> {
    if ('row' in m) {
      await write(m.row);
      return true;
    }
    const name = path.basename(file);
    this.report.skip(`${name}: ${m.skip}`, `${name}:${line}: ${m.detail}`);
    return false;
  }

  /** Flushes what is buffered and bumps the graph version so API caches refresh. */
  async finish(): Promise<ImportReport> {
    await this.writer.flush();
    await bumpGraphVersion(this.graph);
    return this.report.finish();
  }
}
