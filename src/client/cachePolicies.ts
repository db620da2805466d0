// What a normalising client cache needs to know about the schema that the schema cannot say itself, for
// Apollo Client's InMemoryCache: which types implement Node (possibleTypes), and how to merge the few
// object types that have no id. Every other object type has `id: ID!`, unique within its type, so
// Apollo's default key (`__typename:id`) applies; the id-less ones are positions under one parent field
// (a page of a list, an edge of it, a span of a text) and are merged into that field rather than
// replaced, so a "card" query and a "detail" query about the same thing lose nothing (docs/api.md). The
// typed client (examples/typed-client) exports these and builds its Apollo Client with them:
//   new InMemoryCache({ possibleTypes, typePolicies })
// Plain data and type-only imports: safe in a browser bundle.
import type { FieldMergeFunction, TypePolicies } from '@apollo/client';
import { NODE_LABELS } from '../model.js';
import { EDGE_SHAPES, type EdgeShapeName } from '../relationships.js';

/** The abstract types and their members. */
export const possibleTypes: Record<string, string[]> = { Node: [...NODE_LABELS] };

/** Node types with a connection (roles, skillsConnection, ...), and relationship shapes whose edges carry properties. */
const NODE_CONNECTIONS = ['Role', 'Skill', 'Tool', 'Practice', 'Metric', 'Statement'];
const SHAPE_CONNECTIONS = (Object.keys(EDGE_SHAPES) as EdgeShapeName[]).filter((s) => EDGE_SHAPES[s].kind === 'edge');
const CONNECTIONS = [...NODE_CONNECTIONS, ...SHAPE_CONNECTIONS];

/**
 * The object types without an id, and what keys them: the parent field (with its arguments) that holds
 * them, and their position in it. A test checks this list against the served schema.
 */
export const EMBEDDED_TYPES: readonly string[] = [
  ...CONNECTIONS.flatMap((c) => [`${c}Connection`, `${c}Edge`]),
  'PageInfo',
  'TextSpan',
];

/**
 * A list of id-less objects answered again for the same parent and arguments is the same list: merge it
 * item by item, so fields one query asked for survive another's. A list of another length (the graph
 * changed) replaces the old one.
 */
export const mergeByPosition: FieldMergeFunction<readonly unknown[]> = (existing, incoming, { mergeObjects }) =>
  existing && existing.length === incoming.length ? incoming.map((item, i) => mergeObjects(existing[i] as never, item as never)) : incoming;

export const typePolicies: TypePolicies = {
  ...Object.fromEntries(CONNECTIONS.map((c) => [`${c}Connection`, { keyFields: false, merge: true, fields: { edges: { merge: mergeByPosition } } }])),
  ...Object.fromEntries(CONNECTIONS.map((c) => [`${c}Edge`, { keyFields: false }])),
  PageInfo: { keyFields: false, merge: true },
  TextSpan: { keyFields: false },
  ExtractedSkill: { fields: { mentions: { merge: mergeByPosition } } },
};
