// Buffers mapped rows per label / relationship type and writes them through batchWriter in batches.
// Writes run one at a time, in the order batches fill up, while the reader keeps parsing the next
// batch (one write in flight). Nodes are always flushed before relationships, so a relationship batch
// never references a node still sitting in a buffer.
import type { Graph } from '../store/graph.js';
import { DEFAULT_BATCH_SIZE, writeNodes, writeRels, type NodeRow, type RelRow, type RelSpec } from './batchWriter.js';
import type { ImportReport } from './report.js';

export function relKey(spec: RelSpec): string {
  return `${spec.fromLabel}-${spec.type}->${spec.toLabel}`;
}

export class GraphSink {
  private readonly nodes = new Map<string, NodeRow[]>();
  private readonly rels = new Map<string, { spec: RelSpec; rows: RelRow[] }>();
  private inflight: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  readonly batchSize: number;

  constructor(private readonly graph: Graph, private readonly report: ImportReport, batchSize = DEFAULT_BATCH_SIZE) {
    this.batchSize = batchSize;
  }

  async node(label: string, row: NodeRow): Promise<void> {
    let buf = this.nodes.get(label);
    if (!buf) this.nodes.set(label, (buf = []));
    buf.push(row);
    if (buf.length >= this.batchSize) await this.writeNodes(label);
  }

  async rel(spec: RelSpec, row: RelRow): Promise<void> {
    const key = relKey(spec);
    let buf = this.rels.get(key);
    if (!buf) this.rels.set(key, (buf = { spec, rows: [] }));
    buf.rows.push(row);
    if (buf.rows.length >= this.batchSize) {
      for (const label of this.nodes.keys()) await this.writeNodes(label);
      await this.writeRels(key);
    }
  }

  /** Writes everything buffered and waits until it is committed. */
  async flush(): Promise<void> {
    for (const label of this.nodes.keys()) await this.writeNodes(label);
    for (const key of this.rels.keys()) await this.writeRels(key);
    await this.settle();
  }

  private async settle(): Promise<void> {
    await this.inflight;
    if (this.failure) {
      const err = this.failure;
      this.failure = null;
      throw err;
    }
  }

  /** Queues a write behind the one in flight (so at most one runs while the reader continues). */
  private async enqueue(work: () => Promise<void>): Promise<void> {
    await this.settle();
    this.inflight = work().catch((err) => {
      this.failure = err;
    });
  }

  private async writeNodes(label: string): Promise<void> {
    const rows = this.nodes.get(label);
    if (!rows || rows.length === 0) return;
    this.nodes.set(label, []);
    await this.enqueue(async () => {
      const t = await writeNodes(this.graph, label, rows, { batchSize: rows.length });
      this.report.wrote(label, 'node', t.rows, t.nodesCreated);
    });
  }

  private async writeRels(key: string): Promise<void> {
    const buf = this.rels.get(key);
    if (!buf || buf.rows.length === 0) return;
    const rows = buf.rows;
    buf.rows = [];
    await this.enqueue(async () => {
      const t = await writeRels(this.graph, buf.spec, rows, { batchSize: rows.length });
      this.report.wrote(key, 'rel', t.rows, t.relationshipsCreated);
    });
  }
}
