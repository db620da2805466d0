// Per-request DataLoaders: every field that follows a relationship batches its keys into one
// `UNWIND $ids` query per request tick, so nested queries cost a bounded number of round trips.
import DataLoader from 'dataloader';
import type { Db } from '../store/graph.js';
import { nodesById, type NodeLabel, type NodeRecord } from '../store/reads/nodes.js';
import { relatedByIds, type RelatedArgs, type RelatedItem, type RelatedQuery } from '../store/reads/related.js';

export type { NodeLabel, NodeRecord };

function nodeLoader(graph: Db, label: NodeLabel) {
  return new DataLoader<string, NodeRecord | null>(async (ids) => {
    const byId = await nodesById(graph, label, ids);
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function createLoaders(graph: Db) {
  // One loader per relationship query and argument set: parents asking for the same field with the
  // same arguments share a batch; different `first`/`origin` values get their own.
  const relatedLoaders = new Map<string, DataLoader<string, RelatedItem[]>>();
  const nodes: Record<NodeLabel, DataLoader<string, NodeRecord | null>> = {
    Role: nodeLoader(graph, 'Role'),
    Skill: nodeLoader(graph, 'Skill'),
    Tool: nodeLoader(graph, 'Tool'),
    Practice: nodeLoader(graph, 'Practice'),
    Metric: nodeLoader(graph, 'Metric'),
    Source: nodeLoader(graph, 'Source'),
  };
  return {
    nodes,
    role: nodes.Role,
    skill: nodes.Skill,
    tool: nodes.Tool,
    practice: nodes.Practice,
    metric: nodes.Metric,
    source: nodes.Source,
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
