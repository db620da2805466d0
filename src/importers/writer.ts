// The one write path every importer shares (curated seed, crosswalk, ESCO, O*NET): rows are buffered
// per label / relationship type and MERGEd on `id` in batches of a few thousand per transaction, so a
// re-run (or a re-run after a kill -9) converges on the same graph with no duplicates. One batch is in
// flight while the caller keeps reading the next; nodes are always written before relationships, so a
// relationship batch never refers to a node still sitting in a buffer.
import type { Graph } from '../store/graph.js';
import type { ImportReport } from './report.js';

// Labels and relationship types cannot be Cypher parameters; they come from importer code, never
// from input, and are checked against these patterns before they reach a query string.
const LABEL = /^[A-Z][A-Za-z]*$/;
const REL_TYPE = /^[A-Z][A-Z_]*$/;

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

export interface RelRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface RelSpec {
  type: string;
  fromLabel: string;
  toLabel: string;
}

/** 'merge' adds to existing properties (SET +=); 'replace' overwrites them (SET =, keeping id). */
export type WriteMode = 'merge' | 'replace';

export interface WriterOptions {
  batchSize?: number;
  mode?: WriteMode;
  /**
   * Properties every row gets (an import's provenance): sent once per batch as $shared rather than in
   * every row, which halves what a relationship batch carries to Neo4j.
   */
  shared?: Record<string, unknown>;
}

export const DEFAULT_BATCH_SIZE = 5_000;

function check(name: string, pattern: RegExp): string {
  if (!pattern.test(name)) throw new Error(`Invalid graph identifier ${JSON.stringify(name)}`);
  return name;
}

export function nodeMergeQuery(label: string, mode: WriteMode = 'merge', shared = false): string {
  const set = mode === 'replace' ? 'SET n = row.props, n.id = row.id' : 'SET n += row.props';
  return `UNWIND $rows AS row MERGE (n:${check(label, LABEL)} {id: row.id}) ${set}${shared ? ' SET n += $shared' : ''}`;
}

export function relMergeQuery(spec: RelSpec, mode: WriteMode = 'merge', shared = false): string {
  const set = mode === 'replace' ? 'SET r = row.props' : 'SET r += row.props';
  return (
    `UNWIND $rows AS row ` +
    `MATCH (a:${check(spec.fromLabel, LABEL)} {id: row.from}) ` +
    `MATCH (b:${check(spec.toLabel, LABEL)} {id: row.to}) ` +
    `MERGE (a)-[r:${check(spec.type, REL_TYPE)}]->(b) ${set}${shared ? ' SET r += $shared' : ''}`
  );
}

/** The report key of a relationship type between two labels, e.g. "Role-REQUIRES_SKILL->Skill". */
export function relKey(spec: RelSpec): string {
  return `${spec.fromLabel}-${spec.type}->${spec.toLabel}`;
}

/** Buffers rows and writes them in batches, counting rows and creations in the report. */
export class Writer {
  private readonly nodes = new Map<string, NodeRow[]>();
  private readonly rels = new Map<string, { spec: RelSpec; rows: RelRow[] }>();
  private inflight: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private readonly batchSize: number;
  private readonly mode: WriteMode;
  private readonly shared: Record<string, unknown> | undefined;

  constructor(private readonly graph: Graph, private readonly report: ImportReport, opts: WriterOptions = {}) {
    this.batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
    this.mode = opts.mode ?? 'merge';
    this.shared = opts.shared;
  }

  /** Rows that MERGE nodes of one label by id, setting their properties. */
  async node(label: string, row: NodeRow): Promise<void> {
    let buf = this.nodes.get(label);
    if (!buf) this.nodes.set(label, (buf = []));
    buf.push(row);
    if (buf.length >= this.batchSize) await this.writeNodes(label);
  }

  /** Rows that MERGE relationships between existing nodes (rows whose ends are missing write nothing). */
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

  /** Queues a write behind the one in flight (so at most one runs while the caller continues). */
  private async enqueue(key: string, kind: 'node' | 'rel', query: string, rows: unknown[]): Promise<void> {
    await this.settle();
    this.inflight = this.graph.writeCounted(query, { rows, shared: this.shared }).then(
      (c) => this.report.wrote(key, kind, rows.length, kind === 'node' ? c.nodesCreated : c.relationshipsCreated),
      (err) => {
        this.failure = err;
      },
    );
  }

  private async writeNodes(label: string): Promise<void> {
    const rows = this.nodes.get(label);
    if (!rows || rows.length === 0) return;
    this.nodes.set(label, []);
    await this.enqueue(label, 'node', nodeMergeQuery(label, this.mode, this.shared !== undefined), rows);
  }

  private async writeRels(key: string): Promise<void> {
    const buf = this.rels.get(key);
    if (!buf || buf.rows.length === 0) return;
    const rows = buf.rows;
    buf.rows = [];
    await this.enqueue(key, 'rel', relMergeQuery(buf.spec, this.mode, this.shared !== undefined), rows);
  }
}
