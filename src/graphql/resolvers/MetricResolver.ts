import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { LIST, listComplexity } from '../pagination.js';
import { ListArgs } from '../types/ListArgs.js';
import { LookupArgs } from '../types/LookupArgs.js';
import { Metric } from '../types/Metric.js';
import { Role } from '../types/Role.js';
import { lookupNode, relatedNodes } from './lookup.js';

@Resolver(() => Metric)
export class MetricResolver {
  @Query(() => Metric, { nullable: true, description: 'One metric by id, or by name or alias (case-insensitive). Null when none matches.' })
  metric(@Ctx() ctx: Context, @Args(() => LookupArgs) { id, name }: LookupArgs) {
    return lookupNode(ctx, 'Metric', id, name);
  }

  @FieldResolver(() => [Role], { description: 'Roles measured by this metric.', complexity: listComplexity(LIST.fallback) })
  roles(@Root() metric: Metric, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'metric-roles', metric, args);
  }
}
