// `rolegraph stats`: node counts by label and relationship counts by type, each split by origin.
import { cypher } from '../store/cypherFiles.js';
import type { Graph } from '../store/graph.js';

export interface Count {
  name: string;
  origin: string;
  count: number;
}

export interface GraphStats {
  nodes: Count[];
  relationships: Count[];
}

export async function graphStats(graph: Graph): Promise<GraphStats> {
  const [nodes, relationships] = await Promise.all([graph.read(cypher('cli/stats-nodes')), graph.read(cypher('cli/stats-relationships'))]);
  return { nodes: nodes as Count[], relationships: relationships as Count[] };
}

/** A table: one line per label/type with the total and the count per origin. */
export function formatStats(stats: GraphStats): string[] {
  const origins = [...new Set([...stats.nodes, ...stats.relationships].map((c) => c.origin))].sort();
  const table = (title: string, counts: Count[]) => {
    const names = [...new Set(counts.map((c) => c.name))];
    const width = Math.max(title.length, ...names.map((n) => n.length));
    const cols = ['total', ...origins];
    const lines = [`${title.padEnd(width)}  ${cols.map((c) => c.padStart(9)).join(' ')}`];
    for (const name of names) {
      const of = counts.filter((c) => c.name === name);
      const cells = [of.reduce((s, c) => s + c.count, 0), ...origins.map((o) => of.find((c) => c.origin === o)?.count ?? 0)];
      lines.push(`${name.padEnd(width)}  ${cells.map((n) => (n === 0 ? '' : n.toLocaleString('en-US')).padStart(9)).join(' ')}`);
    }
    return lines;
  };
  return [...table('label', stats.nodes), '', ...table('relationship', stats.relationships)];
}
