import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { connectionOf, LIST, listComplexity, PAGE } from '../pagination.js';
import { PracticeConnection } from '../types/Connection.js';
import { ListArgs } from '../types/ListArgs.js';
import { LookupArgs } from '../types/LookupArgs.js';
import { PageArgs } from '../types/PageArgs.js';
import { Practice } from '../types/Practice.js';
import { Role } from '../types/Role.js';
import { Tool } from '../types/Tool.js';
import { lookupNode, relatedNodes } from './lookup.js';

const many = listComplexity(LIST.fallback);

@Resolver(() => Practice)
export class PracticeResolver {
  @Query(() => Practice, { nullable: true, description: 'One practice by id, or by name or alias (case-insensitive, e.g. "iac"). Null when none matches.' })
  practice(@Ctx() ctx: Context, @Args(() => LookupArgs) { id, name }: LookupArgs) {
    return lookupNode(ctx, 'Practice', id, name);
  }

  @Query(() => PracticeConnection, { description: 'All practices, a page at a time, in name order.', complexity: listComplexity(PAGE.fallback) })
  practices(@Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs) {
    return connectionOf(ctx.graph, 'Practice', args);
  }

  @FieldResolver(() => [Role], { description: 'Roles that apply this practice.', complexity: many })
  roles(@Root() practice: Practice, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'practice-roles', practice, args);
  }

  @FieldResolver(() => [Tool], { description: 'Tools that implement this practice.', complexity: many })
  tools(@Root() practice: Practice, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'practice-tools', practice, args);
  }
}
