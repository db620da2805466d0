// Selection → Cypher map projection. A node becomes `n {.id, .name, ...}` with one entry per stored field
// asked for; every relationship list, connection and `sources` under it becomes a `COLLECT {}` subquery
// (pieces from src/store/reads/relationshipCypher.ts) under the key `@<field(args)>`, where the field
// resolvers find it (prefetch.ts). Parameters are named after the path, e.g. $skills_roles_first.
import type { SelectionNode } from 'graphql';
import { EDGE_SHAPES, relationshipOf, twinOf, type EdgeShape, type Relationship } from '../../relationships.js';
import { countSubquery, indent, listSubquery, type PieceVars } from '../../store/reads/relationshipCypher.js';
import { InvalidInputError } from '../../errors.js';
import { checkOrigin, decodeOffset, listFirst } from '../pagination.js';
import { storedFieldsOf } from '../types/registry.js';
import { fieldsOn, type SelectedField, type Walk } from './selection.js';

export interface Build extends Walk {
  params: Record<string, unknown>;
  /** Variables used so far (for fresh names). */
  counter: number;
  maxListFirst: number;
  /** Wraps integer parameters for the driver (neo4j.int). */
  int: (n: number) => unknown;
}

const CONNECTION = /^(.+)Connection$/;

function fresh(b: Build, label: string): string {
  b.counter += 1;
  return `${label.charAt(0).toLowerCase()}${b.counter}`;
}

function param(b: Build, path: string, name: string, value: unknown): string {
  let key = `${path ? `${path}_` : ''}${name}`;
  for (let i = 2; key in b.params; i++) key = `${path}_${name}${i}`;
  b.params[key] = value;
  return key;
}

/** `v {entries}` on one line when short, else one entry a line. */
function mapOf(v: string, entries: string[]): string {
  if (entries.every((e) => !e.includes('\n'))) return `${v} {${entries.join(', ')}}`;
  return `${v} {\n${indent(entries.join(',\n'))}\n}`;
}

function sourcesEntry(key: string, expr: string, f: SelectedField, path: string, b: Build): string {
  const s = fresh(b, 'Source');
  const body = [`UNWIND coalesce(${expr}, []) AS sid`, `MATCH (${s}:Source {id: sid})`, `RETURN ${nodeProjection('Source', s, f.selections, path, b)}`];
  return `\`@${key}\`: COLLECT {\n${indent(body.join('\n'))}\n}`;
}

/** The projection of a node of `typeName` held in `v`. */
export function nodeProjection(typeName: string, v: string, selections: readonly SelectionNode[], path: string, b: Build): string {
  const stored = storedFieldsOf(typeName) ?? {};
  const props = new Set(['id', 'name']);
  const nested: string[] = [];
  for (const [key, f] of fieldsOn(selections, typeName, b)) {
    if (f.name in stored) props.add(f.name);
    else if (f.name === 'sources') nested.push(sourcesEntry(key, `${v}.sources`, f, path, b));
    else {
      const expr = nestedExpression(typeName, v, f, path ? `${path}_${f.name}` : f.name, b);
      if (expr) nested.push(`\`@${key}\`: ${expr}`);
    }
  }
  return mapOf(v, [...[...props].map((p) => `.${p}`), ...nested]);
}

/**
 * A nested list, or null when its arguments are refused: left out of the statement, the field's own
 * resolver then reports the error at the field's path, and the rest of the answer stays.
 */
function nestedExpression(typeName: string, v: string, f: SelectedField, path: string, b: Build): string | null {
  try {
    return relationshipExpression(typeName, v, f, path, b);
  } catch (err) {
    if (err instanceof InvalidInputError) return null;
    throw err;
  }
}

/** The subquery of a relationship list field or its connection twin on `typeName`; null for any other field. */
export function relationshipExpression(typeName: string, v: string, f: SelectedField, path: string, b: Build): string | null {
  const rel = relationshipOf(typeName, f.name);
  if (rel) return listExpression(rel, v, f, path, b);
  const twin = CONNECTION.exec(f.name);
  const ofTwin = twin ? relationshipOf(typeName, twin[1]) : undefined;
  return ofTwin ? connectionExpression(twinOf(ofTwin), v, f, path, b) : null;
}

/** One item of a list: the far node, or the relationship with the far node under `node`. */
function itemProjection(rel: Relationship, v: PieceVars, typeName: string, nodeField: string, selections: readonly SelectionNode[], path: string, b: Build): string {
  const shape = rel.item ? EDGE_SHAPES[rel.item] : undefined;
  if (!shape) return nodeProjection(rel.far, v.m, selections, path, b);
  const fields = fieldsOn(selections, typeName, b);
  const provenance = (name: 'stated' | 'evidence') => (shape.kind === 'statement' ? `${name}: coalesce(${v.e}.${name}, ${v.m}.${name})` : `.${name}`);
  const entries: string[] = shape.kind === 'statement' ? ['.id', '.name'] : [];
  const nodeSelections: SelectionNode[] = [];
  for (const [key, f] of fields) {
    if (f.name in shape.props) entries.push(`.${f.name}`);
    else if (shape.provenance && (f.name === 'stated' || f.name === 'evidence')) entries.push(provenance(f.name));
    else if (shape.provenance && f.name === 'sources') {
      entries.push(sourcesEntry(key, shape.kind === 'statement' ? `coalesce(${v.e}.sources, ${v.m}.sources)` : `${v.e}.sources`, f, path, b));
    } else if (shape.kind === 'edge' && f.name === nodeField) nodeSelections.push(...f.selections);
  }
  if (shape.kind === 'statement') return mapOf(v.m, [...new Set(entries)]);
  entries.push(`node: ${nodeProjection(rel.far, v.m, nodeSelections, path, b)}`);
  return mapOf(v.e, [...new Set(entries)]);
}

function pieceVars(rel: Relationship, owner: string, b: Build): PieceVars {
  return { owner, e: fresh(b, 'e'), m: fresh(b, rel.far) };
}

function originParam(f: SelectedField, path: string, b: Build): string | null {
  const origin = checkOrigin(f.args.origin as string | null | undefined);
  return origin ? param(b, path, 'origin', origin) : null;
}

/** A relationship list field: `COLLECT { ... }` of its items. */
function listExpression(rel: Relationship, owner: string, f: SelectedField, path: string, b: Build): string {
  const first = listFirst(f.args.first, b.maxListFirst);
  const v = pieceVars(rel, owner, b);
  const params = { first: param(b, path, 'first', b.int(first)), origin: originParam(f, path, b) };
  const typeName = rel.item ?? rel.far;
  return listSubquery(rel, v, params, itemProjection(rel, v, typeName, (rel.item ? (EDGE_SHAPES[rel.item] as EdgeShape).nodeField : undefined) ?? '', f.selections, path, b));
}

/** A `<field>Connection` twin: `{totalCount: COUNT {...}, items: COLLECT {...}}`, each part only when asked for. */
function connectionExpression(rel: Relationship, owner: string, f: SelectedField, path: string, b: Build): string {
  const connType = rel.item && EDGE_SHAPES[rel.item].kind === 'edge' ? rel.item : rel.item ?? rel.far;
  const fields = [...fieldsOn(f.selections, `${connType}Connection`, b).values()];
  const origin = originParam(f, path, b);
  const parts: string[] = [];
  if (fields.some((x) => x.name === 'totalCount')) parts.push(`totalCount: ${countSubquery(rel, pieceVars(rel, owner, b), { origin })}`);
  if (fields.some((x) => x.name === 'edges' || x.name === 'pageInfo')) {
    const first = listFirst(f.args.first, b.maxListFirst);
    const skip = decodeOffset(f.args.after as string | null | undefined);
    const v = pieceVars(rel, owner, b);
    // One more than the page tells whether another page follows.
    const params = { first: param(b, path, 'first', b.int(first + 1)), skip: skip > 0 ? param(b, path, 'skip', b.int(skip)) : undefined, origin };
    const edgeSelections = fields.filter((x) => x.name === 'edges').flatMap((x) => x.selections);
    const edgeType = `${connType}Edge`;
    const item = rel.item && EDGE_SHAPES[rel.item].kind === 'edge'
      ? itemProjection(rel, v, edgeType, 'node', edgeSelections, path, b)
      : itemProjection(rel, v, rel.item ?? rel.far, '', [...fieldsOn(edgeSelections, edgeType, b).values()].filter((x) => x.name === 'node').flatMap((x) => x.selections), path, b);
    parts.push(`items: ${listSubquery(rel, v, params, item)}`);
  }
  return parts.length === 0 ? '{}' : `{\n${indent(parts.join(',\n'))}\n}`;
}
