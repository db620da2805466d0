// The top-level reads of every node label, generated from one table: `role(id:, name:)`, `roles(first:,
// after:, search:, origin:)` and likewise for skills, tools and practices; lookups only for metrics and
// sources. Each compiles its whole selection into one statement (lookup.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver, type ClassType } from 'type-graphql';
import type { NodeLabel } from '../../model.js';
import type { ListLabel } from '../../store/reads/pages.js';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from '../context.js';
import { PAGE_DEFAULT } from '../pagination.js';
import { LookupArgs, PageArgs } from '../types/args.js';
import { connectionTypeOf } from '../types/Connection.js';
import { Node, typeOf } from '../types/define.js';
import { lookupNode, nodesByAnyId, pageConnection } from './lookup.js';

interface NodeQueries {
  label: NodeLabel;
  one: string;
  /** The page query's name, for labels with pages. */
  plural?: string;
  lookup: string;
}

const QUERIES: NodeQueries[] = [
  { label: 'Role', one: 'role', plural: 'roles', lookup: 'One role by id, or by name or alias (case-insensitive, hyphens and spaces alike). Null when none matches.' },
  { label: 'Skill', one: 'skill', plural: 'skills', lookup: 'One skill by id, or by name or alias (case-insensitive). Null when none matches.' },
  { label: 'Tool', one: 'tool', plural: 'tools', lookup: 'One tool by id, or by name or alias (case-insensitive, e.g. "postgres"). Null when none matches.' },
  { label: 'Practice', one: 'practice', plural: 'practices', lookup: 'One practice by id, or by name or alias (case-insensitive, e.g. "iac"). Null when none matches.' },
  { label: 'Metric', one: 'metric', lookup: 'One metric by id, or by name or alias (case-insensitive). Null when none matches.' },
  { label: 'Source', one: 'source', lookup: 'One source (article or dataset release) by id (as listed in any `sources` field) or by title. Null when none has it.' },
];

/** A page costs its size (the argument, or the default) times what is selected under it. */
const pageCost: ComplexityEstimator = ({ args, childComplexity }) => 1 + (typeof args.first === 'number' ? args.first : PAGE_DEFAULT) * Math.max(1, childComplexity);

function method(cls: ClassType, name: string, run: (ctx: Context, args: never, info: GraphQLResolveInfo) => unknown, args: ClassType): PropertyDescriptor {
  Object.defineProperty(cls.prototype, name, { value: run, writable: true, configurable: true });
  Ctx()(cls.prototype, name, 0);
  Args(() => args)(cls.prototype, name, 1);
  Info()(cls.prototype, name, 2);
  return Object.getOwnPropertyDescriptor(cls.prototype, name)!;
}

function queriesOf(q: NodeQueries): ClassType {
  const cls = { [`${q.label}Queries`]: class {} }[`${q.label}Queries`];
  Resolver()(cls);
  const one = method(cls, q.one, (ctx, args: LookupArgs, info) => lookupNode(ctx, q.label, args, info), LookupArgs);
  Query(() => typeOf(q.label), { nullable: true, description: q.lookup })(cls.prototype, q.one, one);
  if (q.plural) {
    const page = method(cls, q.plural, (ctx, args: PageArgs, info) => pageConnection(ctx, q.label as ListLabel, args, info), PageArgs);
    Query(() => connectionTypeOf(undefined)(q.label), { description: `All ${q.plural}, a page at a time, in name order.`, complexity: pageCost })(cls.prototype, q.plural, page);
  }
  return cls;
}

/** nodes(ids:) costs its ids times what is selected on each. */
const idsCost: ComplexityEstimator = ({ args, childComplexity }) => 1 + (Array.isArray(args.ids) ? args.ids.length : 1) * Math.max(1, childComplexity);

@Resolver()
class NodeById {
  @Query(() => Node, { nullable: true, description: 'Any node by id (Relay\'s refetch): a Role, Skill, Tool, Practice, Metric or Source. Null when no node has the id.' })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The node\'s id.' }) id: string, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return nodesByAnyId(ctx, [id], info).then(([n]) => n);
  }

  @Query(() => [Node], { nullable: 'itemsAndList', complexity: idsCost, description: 'Nodes by id, in the order asked; null for an id no node has. At most ROLEGRAPH_MAX_FIRST ids (100 unless configured).' })
  nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'The nodes\' ids.' }) ids: string[], @Info() info: GraphQLResolveInfo): Promise<unknown[]> {
    return nodesByAnyId(ctx, ids, info);
  }
}

export const nodeQueryResolvers: ClassType[] = [...QUERIES.map(queriesOf), NodeById];
