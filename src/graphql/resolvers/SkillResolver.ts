import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { connectionOf, LIST, listComplexity, PAGE } from '../pagination.js';
import { SkillConnection } from '../types/Connection.js';
import { ListArgs } from '../types/ListArgs.js';
import { LookupArgs } from '../types/LookupArgs.js';
import { PageArgs } from '../types/PageArgs.js';
import { Skill } from '../types/Skill.js';
import { SkillRole } from '../types/SkillRole.js';
import { Tool } from '../types/Tool.js';
import { lookupNode, relatedItems, relatedNodes } from './lookup.js';

const many = listComplexity(LIST.fallback);
const few = listComplexity(10);

@Resolver(() => Skill)
export class SkillResolver {
  @Query(() => Skill, { nullable: true, description: 'One skill by id, or by name or alias (case-insensitive). Null when none matches.' })
  skill(@Ctx() ctx: Context, @Args(() => LookupArgs) { id, name }: LookupArgs) {
    return lookupNode(ctx, 'Skill', id, name);
  }

  @Query(() => SkillConnection, { description: 'All skills, a page at a time, in name order.', complexity: listComplexity(PAGE.fallback) })
  skills(@Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs) {
    return connectionOf(ctx.graph, 'Skill', args);
  }

  @FieldResolver(() => [SkillRole], { description: 'Roles that require this skill, those needing it most first.', complexity: many })
  roles(@Root() skill: Skill, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedItems(ctx, 'skill-roles', skill, args);
  }

  @FieldResolver(() => [Tool], { description: 'Tools that support this skill.', complexity: many })
  tools(@Root() skill: Skill, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'skill-tools', skill, args);
  }

  @FieldResolver(() => [Skill], { description: 'Broader skills (ESCO hierarchy).', complexity: few })
  broader(@Root() skill: Skill, @Ctx() ctx: Context) {
    return relatedNodes(ctx, 'skill-broader', skill);
  }

  @FieldResolver(() => [Skill], { description: 'Narrower skills (ESCO hierarchy).', complexity: many })
  narrower(@Root() skill: Skill, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'skill-narrower', skill, args);
  }

  @FieldResolver(() => [Skill], { description: 'Skills to learn before this one.', complexity: few })
  prerequisites(@Root() skill: Skill, @Ctx() ctx: Context) {
    return relatedNodes(ctx, 'skill-prerequisites', skill);
  }

  @FieldResolver(() => [Skill], { description: 'Skills this one is a prerequisite of.', complexity: many })
  prerequisiteOf(@Root() skill: Skill, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'skill-prerequisite-of', skill, args);
  }

  @FieldResolver(() => [Skill], { description: 'Related skills (ESCO), either direction.', complexity: many })
  related(@Root() skill: Skill, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'skill-related', skill, args);
  }
}
