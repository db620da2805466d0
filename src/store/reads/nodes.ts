// Node lookups by id and by name/alias, returning plain records. Records that come from these queries
// carry every stored property, and are marked so: a record without the mark (an analytics result built
// from {id, name}) has its other fields loaded on demand by the API.
import { cypher } from '../cypherFiles.js';
import type { Db } from '../graph.js';

import type { NodeLabel } from '../../model.js';

export type { NodeLabel };
export type NodeRecord = Record<string, any> & { id: string; name: string };

const COMPLETE = Symbol('complete node record');

/** Marks a record as holding every stored property of its node (absent keys mean "not set"). */
export function complete<T extends Record<string, any>>(node: T): T {
  Object.defineProperty(node, COMPLETE, { value: true, enumerable: false });
  return node;
}

export function isComplete(node: object): boolean {
  return (node as Record<symbol, unknown>)[COMPLETE] === true;
}

/** Nodes of one label by id, in one round trip; ids without a node are absent from the map. */
export async function nodesById(graph: Db, label: NodeLabel, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  const rows = await graph.read(cypher('queries/nodes-by-id'), { label, ids: [...ids] });
  return new Map(rows.map((r) => [r.id as string, complete(r.node as NodeRecord)]));
}

/** Nodes of one label by name key (nameKey of a name or alias), in one round trip; keys without a node are absent. */
export async function nodesByKey(graph: Db, label: NodeLabel, keys: readonly string[]): Promise<Map<string, NodeRecord>> {
  const rows = await graph.read(cypher('queries/nodes-by-key'), { label, keys: [...keys] });
  return new Map(rows.map((r) => [r.key as string, complete(r.node as NodeRecord)]));
}
