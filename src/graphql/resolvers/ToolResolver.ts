import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { connectionOf, LIST, listComplexity, PAGE } from '../pagination.js';
import { ToolConnection } from '../types/Connection.js';
import { ListArgs } from '../types/ListArgs.js';
import { LookupArgs } from '../types/LookupArgs.js';
import { PageArgs } from '../types/PageArgs.js';
import { Practice } from '../types/Practice.js';
import { Role } from '../types/Role.js';
import { Skill } from '../types/Skill.js';
import { Tool } from '../types/Tool.js';
import { lookupNode, relatedNodes } from './lookup.js';

const many = listComplexity(LIST.fallback);

@Resolver(() => Tool)
export class ToolResolver {
  @Query(() => Tool, { nullable: true, description: 'One tool by id, or by name or alias (case-insensitive, e.g. "postgres"). Null when none matches.' })
  tool(@Ctx() ctx: Context, @Args(() => LookupArgs) { id, name }: LookupArgs) {
    return lookupNode(ctx, 'Tool', id, name);
  }

  @Query(() => ToolConnection, { description: 'All tools, a page at a time, in name order.', complexity: listComplexity(PAGE.fallback) })
  tools(@Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs) {
    return connectionOf(ctx.graph, 'Tool', args);
  }

  @FieldResolver(() => [Role], { description: 'Roles that use this tool.', complexity: many })
  roles(@Root() tool: Tool, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'tool-roles', tool, args);
  }

  @FieldResolver(() => [Skill], { description: 'Skills this tool supports.', complexity: many })
  skills(@Root() tool: Tool, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'tool-skills', tool, args);
  }

  @FieldResolver(() => [Practice], { description: 'Practices this tool implements.', complexity: many })
  practices(@Root() tool: Tool, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'tool-practices', tool, args);
  }
}
