// The schema is built in one place, from the resolver classes listed here.
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AnalyticsResolver } from './resolvers/AnalyticsResolver.js';
import { CurationResolver } from './resolvers/CurationResolver.js';
import { ExtractResolver } from './resolvers/ExtractResolver.js';
import { nodeQueryResolvers } from './resolvers/nodeQueries.js';
import { relationshipResolvers } from './resolvers/relationshipFields.js';
import { SearchResolver } from './resolvers/SearchResolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  SearchResolver,
  CurationResolver,
  AnalyticsResolver,
  ExtractResolver,
  ...nodeQueryResolvers,
  ...relationshipResolvers,
];

let built: Promise<GraphQLSchema> | undefined;

/** type-graphql has no decorator for the root types' descriptions; clients show them first. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = 'Reads: nodes by id or name (role, node, nodes, ...), pages (roles, skills, ...), search, and the overlap and career questions (compareRoles, skillGap, careerPaths, ...). docs/api.md describes the contract.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Curation writes (a credential with the "write" scope): upsert roles, skills, tools and practices, link and unlink them, record career moves, delete nodes.';
  return schema;
}

/** The executable schema; built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false }).then(describeRoots);
  return built;
}
