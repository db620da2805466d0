// ROLEGRAPH_FEDERATION=true: the same schema as an Apollo Federation 2 subgraph (docs/federation.md).
// type-graphql builds the plain schema; @apollo/subgraph rebuilds it from its SDL with Role, Skill, Tool
// and Practice as entities (`@key(fields: "id")`), `_service` and `_entities`, wired to the plain schema's
// resolvers (type-graphql's createResolversMap). Rebuilding from SDL drops what only lives on the schema
// objects, so every field's extensions (the complexity prices, list bounds and argument ranges the plugins
// read) are carried over, and `_entities` gets a price of its own: what it selects, once per representation.
import 'reflect-metadata';
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type * as Subgraph from '@apollo/subgraph';
import { createResolversMap } from 'type-graphql';
import type { NodeLabel } from '../model.js';
import type { Context } from './context.js';
import { lookupNode } from './resolvers/lookup.js';
import { getSchema } from './schema.js';

// The CommonJS graphql type-graphql builds with, and @apollo/subgraph's CommonJS build, which requires the
// same copy (under vitest a plain import would bring graphql's .mjs build, whose types the schema refuses).
const require = createRequire(import.meta.url);
const { execute, Kind, parse, printSchema } = require('graphql') as typeof GraphQL;
const { buildSubgraphSchema } = require('@apollo/subgraph') as typeof Subgraph;

/** The entities other subgraphs may extend or reference, each keyed by its id (unique across every label). */
export const ENTITY_LABELS: readonly NodeLabel[] = ['Role', 'Skill', 'Tool', 'Practice'];

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])';

/** The plain SDL with `@key(fields: "id")` on each entity type and the federation link. */
function subgraphTypeDefs(plain: GraphQL.GraphQLSchema): GraphQL.DocumentNode {
  const doc = parse(`${FEDERATION_LINK}\n\n${printSchema(plain)}`);
  const key: GraphQL.ConstDirectiveNode = {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'key' },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'fields' }, value: { kind: Kind.STRING, value: 'id' } }],
  };
  const definitions = doc.definitions.map((def) =>
    def.kind === Kind.OBJECT_TYPE_DEFINITION && ENTITY_LABELS.includes(def.name.value as NodeLabel) ? { ...def, directives: [...(def.directives ?? []), key] } : def,
  );
  return { ...doc, definitions };
}

/**
 * A reference `{ __typename: "Role", id }` resolves as `role(id:)` does: through the request's loader of
 * the compiled lookup, with the `... on Role` selection of `_entities`, so all the representations of one
 * label cost one database round trip.
 */
function referenceResolvers() {
  return Object.fromEntries(ENTITY_LABELS.map((label) => [label, {
    __resolveReference: (ref: { id?: unknown }, ctx: Context, info: GraphQL.GraphQLResolveInfo) =>
      typeof ref.id === 'string' ? lookupNode(ctx, label, { id: ref.id }, info) : null,
  }]));
}

/** The plain schema's field extensions (complexity, listBound, argumentRanges, ...) on the subgraph's fields. */
function carryFieldExtensions(from: GraphQL.GraphQLSchema, to: GraphQL.GraphQLSchema): void {
  for (const [name, type] of Object.entries(from.getTypeMap())) {
    const target = to.getType(name);
    if (!target || !('getFields' in type) || !('getFields' in target)) continue;
    const targetFields = target.getFields() as Record<string, { extensions: Record<string, unknown> }>;
    for (const [fieldName, field] of Object.entries(type.getFields())) {
      const into = targetFields[fieldName];
      if (into && 'extensions' in field) into.extensions = { ...field.extensions, ...into.extensions };
    }
  }
}

/**
 * `_entities` costs 1 + its representations × what it selects (graphql-query-complexity prices a union's
 * selection as its dearest member). The count is capped (complexity.ts, `itemArguments`) at the cap of
 * every top-level list, ROLEGRAPH_MAX_FIRST, like nodes(ids:).
 */
const entitiesCost: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + (Array.isArray(args.representations) ? args.representations.length : 1) * Math.max(1, childComplexity);

function priceEntities(schema: GraphQL.GraphQLSchema): void {
  const entities = schema.getQueryType()?.getFields()._entities;
  if (!entities) throw new Error('the subgraph schema has no _entities field');
  (entities as { extensions: Record<string, unknown> }).extensions = { ...entities.extensions, complexity: entitiesCost, itemArguments: ['representations'] };
}

let built: Promise<GraphQL.GraphQLSchema> | undefined;

/** The executable subgraph schema; built once per process. */
export function getSubgraphSchema(): Promise<GraphQL.GraphQLSchema> {
  built ??= getSchema().then((plain) => {
    const resolvers = createResolversMap(plain) as Record<string, object>;
    for (const [label, reference] of Object.entries(referenceResolvers())) resolvers[label] = { ...resolvers[label], ...reference };
    // type-graphql's ResolversMap and @apollo/subgraph's GraphQLResolverMap type the same shape differently.
    const schema = buildSubgraphSchema({ typeDefs: subgraphTypeDefs(plain), resolvers: resolvers as never });
    carryFieldExtensions(plain, schema);
    priceEntities(schema);
    return schema;
  });
  return built;
}

/** The subgraph SDL a gateway composes: what `_service { sdl }` answers, federation definitions included. */
export async function subgraphSdl(): Promise<string> {
  const result = await execute({ schema: await getSubgraphSchema(), document: parse('{ _service { sdl } }') });
  const sdl = (result.data?._service as { sdl?: string } | undefined)?.sdl;
  if (!sdl) throw new Error(`the subgraph schema answered no SDL: ${JSON.stringify(result.errors)}`);
  return sdl;
}
