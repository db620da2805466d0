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

/** The executable schema; built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false });
  return built;
}
