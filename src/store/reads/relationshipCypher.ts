// The Cypher of one relationship list, derived from its row in src/relationships.ts: the pattern, the
// origin filter, the order, the bounds. The selection compiler nests these pieces into one statement per
// top-level field; scripts/cypher.ts writes the same pieces, whole, to cypher/queries/ for Neo4j Browser.
import type { Relationship } from '../../relationships.js';

/** Variable names a piece uses: the owner node, the relationship and the far node. */
export interface PieceVars {
  owner: string;
  e: string;
  m: string;
}

/** Parameter names a piece reads; `origin` null when the list is not filtered. */
export interface PieceParams {
  first: string;
  skip?: string;
  origin?: string | null;
  /** Writes `$origin IS NULL OR ...` so one text serves filtered and unfiltered calls (the Browser files). */
  optionalOrigin?: boolean;
}

export function indent(text: string, by = '  '): string {
  return text.split('\n').map((line) => (line ? by + line : line)).join('\n');
}

/** `(owner)-[e:TYPE]->(m:Far)` in the relationship's direction. */
export function pattern(rel: Relationship, v: PieceVars): string {
  const left = rel.direction === 'in' ? '<-' : '-';
  const right = rel.direction === 'out' ? '->' : '-';
  return `(${v.owner})${left}[${v.e}:${rel.type}]${right}(${v.m}:${rel.far})`;
}

/** The table's sort keys over this piece's variables. */
export function orderKeys(rel: Relationship, v: PieceVars): string {
  return rel.order.map((key) => key.replace(/\b([em])\./g, (_, which: string) => `${which === 'e' ? v.e : v.m}.`)).join(', ');
}

/**
 * MATCH and filter. A relationship read both ways keeps one link per far node: the outgoing one when the
 * pair is linked both ways. (A filter rather than an aggregation: Neo4j 5 refuses aggregations in a
 * COLLECT {} nested in a map projection.)
 */
function matchLines(rel: Relationship, v: PieceVars, p: Pick<PieceParams, 'origin' | 'optionalOrigin'>): string[] {
  const conditions: string[] = [];
  const origin = p.origin ? `${v.m}.origin = $${p.origin}` : null;
  if (origin) conditions.push(p.optionalOrigin ? `($${p.origin} IS NULL OR ${origin})` : origin);
  if (rel.direction === 'both') conditions.push(`(startNode(${v.e}) = ${v.owner} OR NOT EXISTS { (${v.owner})-[:${rel.type}]->(${v.m}) })`);
  return [`MATCH ${pattern(rel, v)}`, ...(conditions.length > 0 ? [`WHERE ${conditions.join(' AND ')}`] : [])];
}

/** `COLLECT { ... RETURN item }`: the list's items in order, bounded by $first (after $skip). */
export function listSubquery(rel: Relationship, v: PieceVars, p: PieceParams, item: string): string {
  const skip = p.skip ? ` SKIP $${p.skip}` : '';
  const body = [
    ...matchLines(rel, v, p),
    `WITH ${v.e}, ${v.m} ORDER BY ${orderKeys(rel, v)}${skip} LIMIT $${p.first}`,
    `RETURN ${item}`,
  ];
  return `COLLECT {\n${indent(body.join('\n'))}\n}`;
}

/** How many items the list has (far nodes once each), ignoring the bounds. */
export function countSubquery(rel: Relationship, v: PieceVars, p: Pick<PieceParams, 'origin' | 'optionalOrigin'>): string {
  return `COUNT {\n${indent(matchLines(rel, v, p).join('\n'))}\n}`;
}
