// Node lookups by id, returning every stored property. A record from here is marked complete: a record
// without the mark (an analytics result built from {id, name}, or a lean projection) has its other fields
// loaded on demand by the API (src/graphql/middleware/storedFields.ts).
import { cypher } from '../cypherFiles.js';
import type { Db } from '../graph.js';
import type { NodeLabel } from '../../model.js';
import type { NodeRecordOf } from './records.js';

export type { NodeLabel };
export type { NodeRecord, NodeRecordOf } from './records.js';

const COMPLETE = Symbol('complete node record');

/** Marks a record as holding every stored property of its node (absent keys mean "not set"). */
export function complete<T extends object>(node: T): T {
  Object.defineProperty(node, COMPLETE, { value: true, enumerable: false });
  return node;
}

export function isComplete(node: object): boolean {
  return (node as Record<symbol, unknown>)[COMPLETE] === true;
}

/** Nodes of one label by id, in one round trip; ids without a node are absent from the map. */
export async function nodesById<L extends NodeLabel>(graph: Db, label: L, ids: readonly string[]): Promise<Map<string, NodeRecordOf<L>>> {
  const rows = await graph.read(cypher('queries/nodes-by-id'), { label, ids: [...ids] });
  return new Map(rows.map((r) => [r.id as string, complete(r.node as NodeRecordOf<L>)]));
}

/** The label of each id that names a node (Role, Skill, Tool, Practice, Metric or Source), in one round trip. */
export async function labelsOf(graph: Db, ids: readonly string[]): Promise<Map<string, NodeLabel>> {
  const rows = await graph.read(cypher('queries/node-labels'), { ids: [...ids] });
  return new Map(rows.map((r) => [r.id as string, r.label as NodeLabel]));
}
