import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { connectionOf, LIST, listComplexity, PAGE } from '../pagination.js';
import { Collaboration } from '../types/Collaboration.js';
import { RoleConnection } from '../types/Connection.js';
import { Crosswalk } from '../types/Crosswalk.js';
import { ListArgs } from '../types/ListArgs.js';
import { LookupArgs } from '../types/LookupArgs.js';
import { Metric } from '../types/Metric.js';
import { PageArgs } from '../types/PageArgs.js';
import { Practice } from '../types/Practice.js';
import { Role } from '../types/Role.js';
import { RoleMove } from '../types/RoleMove.js';
import { RoleSkill } from '../types/RoleSkill.js';
import { Statement } from '../types/Statement.js';
import { Tool } from '../types/Tool.js';
import { lookupNode, relatedItems, relatedNodes } from './lookup.js';

/** Relationship types of the four kinds of statement attached to a role. */
type StatementType = 'HAS_RESPONSIBILITY' | 'FACES_CHALLENGE' | 'FOLLOWS_TREND' | 'HAS_HIRING_CRITERION';

async function statements(ctx: Context, role: Role, type: StatementType) {
  const items = await relatedItems(ctx, 'role-statements', role);
  // Provenance may sit on the link or on the statement node; the link wins.
  return items
    .filter((item) => item.kind === type)
    .map((item) => ({ ...item.node, stated: item.stated ?? item.node.stated, sources: item.sources ?? item.node.sources, evidence: item.evidence ?? item.node.evidence }));
}

const many = listComplexity(LIST.fallback);
const few = listComplexity(10);

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => Role, { nullable: true, description: 'One role by id, or by name or alias (case-insensitive, hyphens and spaces alike). Null when none matches.' })
  role(@Ctx() ctx: Context, @Args(() => LookupArgs) { id, name }: LookupArgs) {
    return lookupNode(ctx, 'Role', id, name);
  }

  @Query(() => RoleConnection, { description: 'All roles, a page at a time, in name order.', complexity: listComplexity(PAGE.fallback) })
  roles(@Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs) {
    return connectionOf(ctx.graph, 'Role', args);
  }

  @FieldResolver(() => [RoleSkill], { description: 'Skills the role requires, most important first.', complexity: many })
  skills(@Root() role: Role, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedItems(ctx, 'role-skills', role, args);
  }

  @FieldResolver(() => [Tool], { description: 'Tools the role uses.', complexity: many })
  tools(@Root() role: Role, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'role-tools', role, args);
  }

  @FieldResolver(() => [Practice], { description: 'Practices and patterns the role applies.', complexity: many })
  practices(@Root() role: Role, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'role-practices', role, args);
  }

  @FieldResolver(() => [Metric], { description: 'What the role is measured by.', complexity: few })
  metrics(@Root() role: Role, @Ctx() ctx: Context) {
    return relatedNodes(ctx, 'role-metrics', role);
  }

  @FieldResolver(() => [Collaboration], { description: 'Roles this role works with, and on what.', complexity: many })
  collaborators(@Root() role: Role, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedItems(ctx, 'role-collaborators', role, args);
  }

  @FieldResolver(() => [Role], { description: 'Roles this role reports to.', complexity: few })
  reportsTo(@Root() role: Role, @Ctx() ctx: Context) {
    return relatedNodes(ctx, 'role-reports-to', role);
  }

  @FieldResolver(() => [Role], { description: 'Roles that report to this role.', complexity: few })
  reports(@Root() role: Role, @Ctx() ctx: Context) {
    return relatedNodes(ctx, 'role-reports', role);
  }

  @FieldResolver(() => [RoleMove], { description: 'Career moves out of this role that the graph records (stated ones first). For ranked suggestions use Query.nextRoles.', complexity: many })
  careerMoves(@Root() role: Role, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedItems(ctx, 'role-career-moves', role, args);
  }

  @FieldResolver(() => [Statement], { description: 'What the role is responsible for.', complexity: few })
  responsibilities(@Root() role: Role, @Ctx() ctx: Context) {
    return statements(ctx, role, 'HAS_RESPONSIBILITY');
  }

  @FieldResolver(() => [Statement], { description: 'Challenges the role faces.', complexity: few })
  challenges(@Root() role: Role, @Ctx() ctx: Context) {
    return statements(ctx, role, 'FACES_CHALLENGE');
  }

  @FieldResolver(() => [Statement], { description: 'Trends shaping the role.', complexity: few })
  trends(@Root() role: Role, @Ctx() ctx: Context) {
    return statements(ctx, role, 'FOLLOWS_TREND');
  }

  @FieldResolver(() => [Statement], { description: 'What employers look for when hiring for the role.', complexity: few })
  hiringCriteria(@Root() role: Role, @Ctx() ctx: Context) {
    return statements(ctx, role, 'HAS_HIRING_CRITERION');
  }

  @FieldResolver(() => [Crosswalk], { description: 'ESCO and O*NET occupations this curated role corresponds to.', complexity: few })
  mapsTo(@Root() role: Role, @Ctx() ctx: Context) {
    return relatedItems(ctx, 'role-maps-to', role);
  }

  @FieldResolver(() => [Crosswalk], { description: 'Curated roles that correspond to this imported occupation.', complexity: few })
  mappedFrom(@Root() role: Role, @Ctx() ctx: Context) {
    return relatedItems(ctx, 'role-mapped-from', role);
  }

  @FieldResolver(() => [Role], { description: 'Broader occupations (ESCO hierarchy).', complexity: few })
  broader(@Root() role: Role, @Ctx() ctx: Context) {
    return relatedNodes(ctx, 'role-broader', role);
  }

  @FieldResolver(() => [Role], { description: 'Narrower occupations (ESCO hierarchy).', complexity: many })
  narrower(@Root() role: Role, @Ctx() ctx: Context, @Args(() => ListArgs) args: ListArgs) {
    return relatedNodes(ctx, 'role-narrower', role, args);
  }
}
