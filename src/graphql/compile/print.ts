// A compiled statement as a user pastes it into Neo4j Browser: one `:param` line per parameter, then the
// statement. ROLEGRAPH_LOG_CYPHER=1 writes every statement the API composes to stderr; outside
// production the statements of a request are also returned in its `extensions.cypher`
// (cypherExtensions.ts in src/graphql/middleware).
import type { Db } from '../../store/graph.js';

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    // neo4j.int values print as plain integers, which Browser reads as integers.
    const int = value as { toNumber?: () => number };
    if (typeof int.toNumber === 'function') return String(int.toNumber());
    return `{${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')}}`;
  }
  return String(value);
}

export function printStatement(text: string, params: Record<string, unknown>): string {
  const lines = Object.entries(params).map(([k, v]) => `:param ${k} => ${literal(v)}`);
  return [...lines, text].join('\n');
}

const LOG = process.env.ROLEGRAPH_LOG_CYPHER === '1';
const seen = new WeakMap<Db, { text: string; params: Record<string, unknown> }[]>();

/** Notes a statement a request ran (for its extensions, and the log when ROLEGRAPH_LOG_CYPHER=1); printed only when read. */
export function record(graph: Db, text: string, params: Record<string, unknown>): void {
  if (LOG) process.stderr.write(`${JSON.stringify({ msg: 'cypher', cypher: printStatement(text, params) })}\n`);
  let list = seen.get(graph);
  if (!list) seen.set(graph, (list = []));
  list.push({ text, params });
}

/** The printed statements a request's database view ran, in order. */
export function recorded(graph: Db): string[] {
  return (seen.get(graph) ?? []).map((s) => printStatement(s.text, s.params));
}
