// Per-request DataLoaders: every lookup by id or name and every field that follows a relationship batches
// its keys into one query per request tick, so nested queries and aliased lookups cost a bounded number
// of round trips.
import DataLoader from 'dataloader';
import { NODE_LABELS, type NodeLabel } from '../model.js';
import type { Db } from '../store/graph.js';
import { nodesById, nodesByKey, type NodeRecord } from '../store/reads/nodes.js';
import { relatedByIds, type RelatedArgs, type RelatedItem, type RelatedQuery } from '../store/reads/related.js';

export type { NodeLabel, NodeRecord };

type NodeLoader = DataLoader<string, NodeRecord | null>;

function batchedLookup(find: (keys: readonly string[]) => Promise<Map<string, NodeRecord>>): NodeLoader {
  return new DataLoader<string, NodeRecord | null>(async (keys) => {
    const found = await find(keys);
    return keys.map((key) => found.get(key) ?? null);
  });
}

function perLabel(make: (label: NodeLabel) => NodeLoader): Record<NodeLabel, NodeLoader> {
  return Object.fromEntries(NODE_LABELS.map((label) => [label, make(label)])) as Record<NodeLabel, NodeLoader>;
}

export function createLoaders(graph: Db) {
  // One loader per relationship query and argument set: parents asking for the same field with the
  // same arguments share a batch; different `first`/`origin` values get their own.
  const relatedLoaders = new Map<string, DataLoader<string, RelatedItem[]>>();
  return {
    /** Nodes by id. */
    nodes: perLabel((label) => batchedLookup((ids) => nodesById(graph, label, ids))),
    /** Nodes by name key (nameKey of a name or an alias). */
    byKey: perLabel((label) => batchedLookup((keys) => nodesByKey(graph, label, keys))),
    /** The items of relationship `query` for one parent id, batched with every other parent in the tick. */
    related(query: RelatedQuery, id: string, args: RelatedArgs): Promise<RelatedItem[]> {
      const key = `${query}|${args.first}|${args.origin ?? ''}`;
      let loader = relatedLoaders.get(key);
      if (!loader) {
        loader = new DataLoader<string, RelatedItem[]>((ids) => relatedByIds(graph, query, ids, args));
        relatedLoaders.set(key, loader);
      }
      return loader.load(id);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
