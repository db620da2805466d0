// Per-request DataLoaders: every field that follows a relationship batches its keys into one
// `UNWIND $ids` query per request tick, so nested queries cost a bounded number of round trips.
import DataLoader from 'dataloader';
import { cypher } from '../db/cypherFiles.js';
import type { Graph, Row } from '../db/graph.js';

export type NodeLabel = 'Role' | 'Skill' | 'Tool' | 'Practice' | 'Metric' | 'Source';
export type NodeRecord = Record<string, any> & { id: string; name: string };

function nodeLoader(graph: Graph, label: NodeLabel) {
  return new DataLoader<string, NodeRecord | null>(async (ids) => {
    const rows = await graph.read(cypher('queries/nodes-by-id'), { label, ids: [...ids] });
    const byId = new Map<string, NodeRecord>(rows.map((r: Row) => [r.id as string, r.node as NodeRecord]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function createLoaders(graph: Graph) {
  return {
    role: nodeLoader(graph, 'Role'),
    skill: nodeLoader(graph, 'Skill'),
    tool: nodeLoader(graph, 'Tool'),
    practice: nodeLoader(graph, 'Practice'),
    metric: nodeLoader(graph, 'Metric'),
    source: nodeLoader(graph, 'Source'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
