// The one write path every importer shares (curated seed, ESCO, O*NET): rows are MERGEd on `id` in
// batches of a few thousand per transaction, so a re-run (or a re-run after a kill -9) converges on
// the same graph with no duplicates.
import type { Graph, WriteCounts } from '../store/graph.js';

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

export interface WriteTotals {
  rows: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

export interface BatchOptions {
  batchSize?: number;
  /** Called after each committed batch with the rows written so far. */
  onBatch?: (rowsDone: number) => void;
  /** 'merge' adds to existing properties (SET +=); 'replace' overwrites them (SET =, keeping id). */
  mode?: 'merge' | 'replace';
}

export const DEFAULT_BATCH_SIZE = 5_000;

function check(name: string, pattern: RegExp): string {
  if (!pattern.test(name)) throw new Error(`Invalid graph identifier ${JSON.stringify(name)}`);
  return name;
}

export function emptyTotals(): WriteTotals {
  return { rows: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
}

function add(totals: WriteTotals, rows: number, c: WriteCounts) {
  totals.rows += rows;
  totals.nodesCreated += c.nodesCreated;
  totals.relationshipsCreated += c.relationshipsCreated;
  totals.propertiesSet += c.propertiesSet;
}

async function inBatches<T>(rows: Iterable<T>, size: number, write: (batch: T[]) => Promise<void>) {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      await write(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await write(batch);
}

export function nodeMergeQuery(label: string, mode: 'merge' | 'replace' = 'merge'): string {
  const set = mode === 'replace' ? 'SET n = row.props, n.id = row.id' : 'SET n += row.props';
  return `UNWIND $rows AS row MERGE (n:${check(label, LABEL)} {id: row.id}) ${set}`;
}

export function relMergeQuery(spec: RelSpec, mode: 'merge' | 'replace' = 'merge'): string {
  const set = mode === 'replace' ? 'SET r = row.props' : 'SET r += row.props';
  return (
    `UNWIND $rows AS row ` +
    `MATCH (a:${check(spec.fromLabel, LABEL)} {id: row.from}) ` +
    `MATCH (b:${check(spec.toLabel, LABEL)} {id: row.to}) ` +
    `MERGE (a)-[r:${check(spec.type, REL_TYPE)}]->(b) ${set}`
  );
}

/** MERGE nodes of one label by id, setting their properties. */
export async function writeNodes(graph: Graph, label: string, rows: Iterable<NodeRow>, opts: BatchOptions = {}): Promise<WriteTotals> {
  const query = nodeMergeQuery(label, opts.mode);
  const totals = emptyTotals();
  await inBatches(rows, opts.batchSize ?? DEFAULT_BATCH_SIZE, async (batch) => {
    add(totals, batch.length, await graph.writeCounted(query, { rows: batch }));
    opts.onBatch?.(totals.rows);
  });
  return totals;
}

/** MERGE relationships of one type between existing nodes (rows whose ends are missing write nothing). */
export async function writeRels(graph: Graph, spec: RelSpec, rows: Iterable<RelRow>, opts: BatchOptions = {}): Promise<WriteTotals> {
  const query = relMergeQuery(spec, opts.mode);
  const totals = emptyTotals();
  await inBatches(rows, opts.batchSize ?? DEFAULT_BATCH_SIZE, async (batch) => {
    add(totals, batch.length, await graph.writeCounted(query, { rows: batch }));
    opts.onBatch?.(totals.rows);
  });
  return totals;
}
