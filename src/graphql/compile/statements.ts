// The statements of the top-level read fields, each one round trip: nodes by id or by name key (batched
// over the aliases of a request that share a selection), a page of a label, and a relationship list of
// many parents (for objects the statement of their own field did not read, e.g. analytics results).
import type { FieldNode, GraphQLResolveInfo, SelectionNode } from 'graphql';
import neo4j from 'neo4j-driver';
import type { NodeLabel } from '../../model.js';
import { pageParams, pageStatement, type ListLabel, type PageRequest } from '../../store/reads/pages.js';
import { indent } from '../../store/reads/relationshipCypher.js';
import { nodeProjection, relationshipExpression, type Build } from './project.js';
import { argsOf, fieldsOn } from './selection.js';

export interface Compiled {
  text: string;
  params: Record<string, unknown>;
  /** The list parameter a batch fills with its keys (rows come back with `key`). */
  batch?: string;
}

export function newBuild(info: GraphQLResolveInfo, maxListFirst: number): Build {
  return { fragments: info.fragments, variables: info.variableValues, schema: info.schema, params: {}, counter: 0, maxListFirst, int: (n) => neo4j.int(n) };
}

/**
 * Compiled statements by the field nodes they were compiled from (stable while Apollo keeps the parsed
 * document), then by what else shapes them: clients repeat the same few documents, and compiling one
 * again costs a tenth of a small read. Field nodes are numbered, since the nodes merged with a field's
 * first one (the same field selected twice, a fragment spread in two places) may differ.
 */
const compiledByField = new WeakMap<FieldNode, Map<string, Compiled>>();
const fieldNumbers = new WeakMap<FieldNode, number>();
let nextFieldNumber = 0;
/** Distinct shapes kept per field node: variables can make each request's differ. */
const SHAPES_PER_FIELD = 32;

function fieldNumber(node: FieldNode): number {
  let n = fieldNumbers.get(node);
  if (n === undefined) fieldNumbers.set(node, (n = nextFieldNumber++));
  return n;
}

function cached(info: GraphQLResolveInfo, shape: string, compile: () => Compiled): Compiled {
  const first = info.fieldNodes[0];
  let byShape = compiledByField.get(first);
  if (!byShape) compiledByField.set(first, (byShape = new Map()));
  const key = `${shape}|${info.parentType.name}|${info.fieldNodes.map(fieldNumber).join(',')}|${JSON.stringify(info.variableValues)}`;
  let c = byShape.get(key);
  if (!c) {
    if (byShape.size >= SHAPES_PER_FIELD) byShape.clear();
    byShape.set(key, (c = compile()));
  }
  return c;
}

function selectionsOf(nodes: readonly FieldNode[]): SelectionNode[] {
  return nodes.flatMap((n) => n.selectionSet?.selections ?? []);
}

/** One node of `label` per id (`by: 'id'`) or per name key, projected as the field's selection asks. */
export function lookupStatement(label: NodeLabel, by: 'id' | 'key', info: GraphQLResolveInfo, maxListFirst: number): Compiled {
  return cached(info, `lookup|${label}|${by}|${maxListFirst}`, () => compileLookup(label, by, info, maxListFirst));
}

function compileLookup(label: NodeLabel, by: 'id' | 'key', info: GraphQLResolveInfo, maxListFirst: number): Compiled {
  const b = newBuild(info, maxListFirst);
  const projection = nodeProjection(label, 'n', selectionsOf(info.fieldNodes), '', b);
  const find = by === 'id'
    ? ['UNWIND $ids AS key', `MATCH (n:${label} {id: key})`]
    // A term lookup in the name_keys index (cypher/schema.cypher); a name beats an alias, a curated node
    // an imported one, then the smallest id.
    : ['UNWIND $keys AS key', 'CALL (key) {', indent([
      `CALL db.index.fulltext.queryNodes('name_keys', 'keys:"' + replace(replace(key, '\\\\', '\\\\\\\\'), '"', '\\\\"') + '"') YIELD node AS n`,
      `WITH n WHERE n:${label}`,
      "RETURN n ORDER BY n.keys[0] = key DESC, n.origin = 'curated' DESC, n.id LIMIT 1",
    ].join('\n')), '}'];
  return { text: [...find, `RETURN key, ${projection} AS node`].join('\n'), params: b.params, batch: by === 'id' ? 'ids' : 'keys' };
}

/** One page of `label`: the parts of the connection the selection asks for. */
export function pageOf(label: ListLabel, req: PageRequest, search: string | null, info: GraphQLResolveInfo, maxListFirst: number): Compiled {
  return cached(info, `page|${label}|${maxListFirst}|${JSON.stringify([req, search])}`, () => compilePage(label, req, search, info, maxListFirst));
}

function compilePage(label: ListLabel, req: PageRequest, search: string | null, info: GraphQLResolveInfo, maxListFirst: number): Compiled {
  const b = newBuild(info, maxListFirst);
  const conn = fieldsOn(selectionsOf(info.fieldNodes), `${label}Connection`, b);
  const fields = [...conn.values()];
  const nodeSelections = fieldsOn(fields.filter((f) => f.name === 'edges').flatMap((f) => f.selections), `${label}Edge`, b);
  const wanted = fields.some((f) => f.name === 'edges' || f.name === 'pageInfo');
  const projection = wanted ? nodeProjection(label, 'n', [...nodeSelections.values()].filter((f) => f.name === 'node').flatMap((f) => f.selections), '', b) : null;
  const text = pageStatement(label, { search: search !== null, origin: req.origin !== null, after: req.after !== null }, { total: fields.some((f) => f.name === 'totalCount'), projection });
  return { text, params: { ...pageParams(req, search, b.int), ...b.params } };
}

/** One relationship field (list or connection) for many parents of `label` by id. */
export function relationshipOfParents(label: string, info: GraphQLResolveInfo, maxListFirst: number): Compiled | null {
  const c = cached(info, `parents|${label}|${maxListFirst}`, () => compileParents(label, info, maxListFirst) ?? NONE);
  return c === NONE ? null : c;
}

/** What a field with no relationship to read compiles to (kept, so it is not compiled again). */
const NONE: Compiled = { text: '', params: {} };

function compileParents(label: string, info: GraphQLResolveInfo, maxListFirst: number): Compiled | null {
  const b = newBuild(info, maxListFirst);
  const field = { name: info.fieldName, args: argsOf(info.fieldNodes[0], info.parentType.name, b), selections: selectionsOf(info.fieldNodes) };
  const expr = relationshipExpression(label, 'n', field, info.fieldName, b);
  if (!expr) return null;
  return { text: ['UNWIND $ids AS key', `MATCH (n:${label} {id: key})`, `RETURN key, ${expr} AS value`].join('\n'), params: b.params, batch: 'ids' };
}
