// The schema is built in one place, from the resolver classes listed here.
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AnalyticsResolver } from './resolvers/AnalyticsResolver.js';
import { CurationResolver } from './resolvers/CurationResolver.js';
import { MetricResolver } from './resolvers/MetricResolver.js';
import { PracticeResolver } from './resolvers/PracticeResolver.js';
import { RoleResolver } from './resolvers/RoleResolver.js';
import { SearchResolver } from './resolvers/SearchResolver.js';
import { SkillResolver } from './resolvers/SkillResolver.js';
import { SourceResolver } from './resolvers/SourceResolver.js';
import { ToolResolver } from './resolvers/ToolResolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  RoleResolver,
  SkillResolver,
  ToolResolver,
  PracticeResolver,
  MetricResolver,
  SourceResolver,
  SearchResolver,
  CurationResolver,
  AnalyticsResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false });
  return built;
}
