// The overlap and career-transition questions. Thin: checks arguments, asks the analytics service
// (src/analytics/service.ts), and names the ids it returns.
import { Arg, Ctx, Extensions, ID, Int, Query, Resolver } from 'type-graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { UnknownIdError, type Namer } from '../../analytics/service.js';
import type { Context } from '../context.js';
import { badInput, checkFirst, notFound } from '../errors.js';
import { textKey, valueId } from '../ids.js';
import { requestLimits } from '../pagination.js';
import { checkText, textCost } from '../text.js';
import { CareerMove } from '../types/analytics/CareerMove.js';
import { CareerPath } from '../types/analytics/CareerPath.js';
import { RoleComparison } from '../types/analytics/RoleComparison.js';
import { RoleMatch } from '../types/analytics/RoleMatch.js';
import { RoleSimilarity } from '../types/analytics/RoleSimilarity.js';
import { SkillGap } from '../types/analytics/SkillGap.js';
import { CareerMoveKind, Origin } from '../types/enums.js';

const LIST_DEFAULT = 10;
/** The page of an analytics list: 10 by default, at most the request's ROLEGRAPH_MAX_FIRST. */
const listOf = (ctx: Context) => ({ fallback: LIST_DEFAULT, max: requestLimits(ctx).maxFirst });

/** A question about a person's text also pays for reading it. */
const withTextCost = (argument: string, perItem: boolean): ComplexityEstimator => ({ args, childComplexity }) =>
  textCost(args[argument]) + (perItem ? (typeof args.first === 'number' ? args.first : LIST_DEFAULT) : 1) * Math.max(1, childComplexity);

function distinct(argument: string, ids: readonly string[], min: number, max: number): string[] {
  if (ids.length < min || ids.length > max) throw badInput(argument, `needs ${min} to ${max} ids, got ${ids.length}`);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) throw badInput(argument, `lists "${dup}" more than once`);
  return [...ids];
}

/** Runs a question, turning an unknown id into NOT_FOUND naming the argument it came from. */
async function answer<T>(args: Record<string, string | readonly string[]>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof UnknownIdError)) throw err;
    const argument = Object.keys(args).find((k) => ([] as string[]).concat(args[k]).includes(err.id));
    throw notFound(err.kind, err.id, argument);
  }
}

const ids = (name: Namer, kind: Parameters<Namer>[0], list: readonly string[]) => list.map((id) => name(kind, id));

/** The `origins` argument: which sources' roles an answer may name (all when left out; GraphQL checked the values). */
function checkOrigins(origins: Origin[] | null | undefined): Origin[] | null {
  if (!origins) return null;
  if (origins.length === 0) throw badInput('origins', `must name at least one of ${Object.keys(Origin).join(', ')}, or be left out`);
  return [...new Set(origins)];
}

const ORIGINS_ARG = { nullable: true, description: 'Only roles from these sources (default all).' } as const;

@Resolver()
export class AnalyticsResolver {
  @Query(() => RoleComparison, { nullable: true, description: 'Compares 2 to 5 distinct roles: shared and unique skills, tools, practices, metrics and collaborators, Jaccard and weighted similarity, and a one-sentence summary.' })
  async compareRoles(@Ctx() ctx: Context, @Arg('roles', () => [ID], { description: '2 to 5 distinct role ids.' }) roles: string[]): Promise<RoleComparison> {
    const service = ctx.analytics;
    const c = await answer({ roles }, () => service.compareRoles(distinct('roles', roles, 2, 5)));
    const n = await service.namer();
    const id = valueId('RoleComparison', c.roles);
    return {
      id,
      roles: ids(n, 'role', c.roles) as RoleComparison['roles'],
      sharedSkills: ids(n, 'skill', c.shared.skills),
      sharedTools: ids(n, 'tool', c.shared.tools),
      sharedPractices: ids(n, 'practice', c.shared.practices),
      sharedMetrics: ids(n, 'metric', c.shared.metrics),
      sharedCollaborators: ids(n, 'role', c.shared.collaborators) as RoleComparison['roles'],
      unique: c.unique.map((u) => ({
        id: valueId('UniqueToRole', id, u.role),
        role: n('role', u.role) as RoleComparison['roles'][number],
        skills: ids(n, 'skill', u.skills),
        tools: ids(n, 'tool', u.tools),
        practices: ids(n, 'practice', u.practices),
        metrics: ids(n, 'metric', u.metrics),
        collaborators: ids(n, 'role', u.collaborators) as RoleComparison['roles'],
      })),
      jaccard: c.jaccard,
      weightedSimilarity: c.weightedSimilarity,
      summary: c.summary,
    };
  }

  @Query(() => [RoleSimilarity], { nullable: true, description: 'Other roles of any source ranked by similarity (ties: name, id), with the shared skills and tools behind each score. Never the role itself, nor a team or stakeholder.' })
  async similarRoles(
    @Ctx() ctx: Context,
    @Arg('role', () => ID, { description: 'The role to find neighbours of.' }) role: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many (default 10, at most ROLEGRAPH_MAX_FIRST, 100 unless configured).' }) first?: number | null,
    @Arg('origins', () => [Origin], ORIGINS_ARG) origins?: Origin[] | null,
  ): Promise<RoleSimilarity[]> {
    const service = ctx.analytics;
    const rows = await answer({ role }, () => service.similarRoles(role, checkFirst(first, listOf(ctx)), checkOrigins(origins)));
    const n = await service.namer();
    return rows.map((r) => ({ id: valueId('RoleSimilarity', role, r.role), role: n('role', r.role) as RoleSimilarity['role'], score: r.score, requirements: r.graph, text: r.text, jaccard: r.jaccard, sharedSkills: ids(n, 'skill', r.sharedSkills), sharedTools: ids(n, 'tool', r.sharedTools) }));
  }

  @Query(() => SkillGap, { nullable: true, complexity: withTextCost('fromText', false), description: 'What moving from one role (or from a person\'s own text: a CV, a profile; or a list of their skills and tools) to another role asks for, across sources: transferable skills and tools (the same concept, whichever source names it), skills and tools to learn (with partial credit for related ones), a learning order, coverage, effort, and what the sources do not know.' })
  async skillGap(
    @Ctx() ctx: Context,
    @Arg('to', () => ID, { description: 'The role moved to.' }) to: string,
    @Arg('from', () => ID, { nullable: true, description: 'The role moved from (or give fromText or fromSkills).' }) from?: string | null,
    @Arg('fromText', () => String, { nullable: true, description: 'A CV or profile in the person\'s words, instead of a role: its skills are extracted as extractSkills does. Neither logged nor stored.' }) fromText?: string | null,
    @Arg('fromSkills', () => [ID], { nullable: true, description: 'A person\'s skill (or practice) ids, instead of a role or a text, as matchRoles(skills:) takes them (no repeats): e.g. what extractSkills found, less what the person struck out.' }) fromSkills?: string[] | null,
    @Arg('fromTools', () => [ID], { nullable: true, description: 'The tool ids a person uses, with fromSkills (no repeats).' }) fromTools?: string[] | null,
  ): Promise<SkillGap> {
    const service = ctx.analytics;
    if ([from, fromText, fromSkills].filter((x) => x != null).length !== 1) throw badInput('from', 'give one of from (a role id), fromText or fromSkills');
    if (fromTools != null && fromSkills == null) throw badInput('fromTools', 'goes with fromSkills');
    // What the gap's id names: the role, the text or the profile (its ids sorted).
    let start: unknown;
    let g;
    if (fromText != null) {
      g = await answer({ to }, () => service.skillGapFromText(checkText('fromText', fromText, ctx), to));
      start = { text: textKey(fromText) };
    } else if (fromSkills != null) {
      const skills = distinct('fromSkills', fromSkills, 1, 500);
      const tools = distinct('fromTools', fromTools ?? [], 0, 500);
      g = await answer({ fromSkills: skills, fromTools: tools, to }, () => service.skillGapFromIds(skills, tools, to));
      start = { skills: [...skills].sort(), tools: [...tools].sort() };
    } else {
      g = await answer({ from: from!, to }, () => service.skillGap(from!, to));
      start = g.from;
    }
    const n = await service.namer();
    const id = valueId('SkillGap', start, g.to);
    return {
      id,
      from: (from == null ? null : n('role', g.from)) as SkillGap['from'],
      to: n('role', g.to) as SkillGap['to'],
      transferable: ids(n, 'skill', g.transferable),
      toLearn: g.toLearn.map((s) => ({ id: valueId('SkillToLearn', id, s.id), skill: n('skill', s.id), importance: s.importance, credit: s.credit, partlyCoveredBy: g.partialVia.get(s.id) ?? null, inferred: g.inferred.has(s.id) })),
      toolsToLearn: ids(n, 'tool', g.toolsToLearn),
      transferableTools: ids(n, 'tool', g.transferableTools),
      learningOrder: ids(n, 'skill', g.learningOrder),
      coverage: g.coverage,
      effort: g.effort,
      notes: g.notes,
    };
  }

  @Query(() => [CareerMove], { nullable: true, description: 'Where a role can lead: the moves recorded in the graph first (stated by a source article before a dataset\'s recorded relatedness), then roles suggested by similarity. Never a team or stakeholder.' })
  async nextRoles(
    @Ctx() ctx: Context,
    @Arg('from', () => ID, { description: 'The current role.' }) from: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many (default 10, at most ROLEGRAPH_MAX_FIRST, 100 unless configured).' }) first?: number | null,
    @Arg('origins', () => [Origin], ORIGINS_ARG) origins?: Origin[] | null,
  ): Promise<CareerMove[]> {
    const service = ctx.analytics;
    const moves = await answer({ from }, () => service.nextRoles(from, checkFirst(first, listOf(ctx)), checkOrigins(origins)));
    const n = await service.namer();
    return moves.map((m) => ({ id: valueId('CareerMove', from, m.id), role: n('role', m.id) as CareerMove['role'], kind: m.kind as CareerMoveKind, stated: m.stated, tier: m.tier ?? null, rank: m.rank ?? null, recorded: m.recorded, score: m.score }));
  }

  @Query(() => [CareerPath], { nullable: true, description: 'The cheapest routes from one role to another, at most maxSteps moves each, cheapest first; empty when none exists within maxSteps. See CareerStep.cost for the cost model.' })
  @Extensions({ argumentRanges: { maxSteps: [1, 4], first: [1, 5] } })
  async careerPaths(
    @Ctx() ctx: Context,
    @Arg('from', () => ID, { description: 'The current role.' }) from: string,
    @Arg('to', () => ID, { description: 'The role to reach.' }) to: string,
    @Arg('maxSteps', () => Int, { nullable: true, description: 'The most moves a route may take (1–4, default 3); steps of kind EQUIVALENT (the same occupation in another source) are not moves and do not count.' }) maxSteps?: number | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many routes (1–5, default 3).' }) first?: number | null,
    @Arg('origins', () => [Origin], { nullable: true, description: 'Only pass through roles from these sources (the target is always allowed).' }) origins?: Origin[] | null,
  ): Promise<CareerPath[]> {
    const steps = checkFirst(maxSteps, { fallback: 3, max: 4, argument: 'maxSteps' });
    const count = checkFirst(first, { fallback: 3, max: 5 });
    const service = ctx.analytics;
    const paths = await answer({ from, to }, () => service.careerPaths(from, to, steps, count, () => ctx.graph.checkDeadline(), checkOrigins(origins)));
    const n = await service.namer();
    return paths.map((p) => ({
      id: valueId('CareerPath', [from, ...p.steps.map((s) => s.to)]),
      totalCost: p.totalCost,
      steps: p.steps.map((s) => ({ id: valueId('CareerStep', s.from, s.to), from: n('role', s.from) as CareerPath['steps'][number]['from'], to: n('role', s.to) as CareerPath['steps'][number]['to'], cost: s.cost, stated: s.stated, kind: s.kind as CareerMoveKind, toLearn: ids(n, 'skill', s.toLearn) })),
    }));
  }

  @Query(() => [RoleMatch], { nullable: true, complexity: withTextCost('profileText', true), description: 'Roles of any source ranked by how well a skill (and tool) profile fits them: F1 of coverage (how much of the role the profile meets) and precision (how much of the profile the role uses), with matched and missing skills. The profile is skill and tool ids, or a text in the person\'s words (profileText), whose ranking also weighs how close the text is to each role\'s title and description (RoleMatch.text).' })
  async matchRoles(
    @Ctx() ctx: Context,
    @Arg('skills', () => [ID], { nullable: true, description: 'The skill (or practice) ids a person has (no repeats); or give profileText.' }) skills?: string[] | null,
    @Arg('tools', () => [ID], { nullable: true, description: 'The tool ids a person uses (no repeats).' }) tools?: string[] | null,
    @Arg('profileText', () => String, { nullable: true, description: 'A CV or profile in the person\'s words, instead of ids: its skills and tools are extracted as extractSkills does. Neither logged nor stored.' }) profileText?: string | null,
    @Arg('excluding', () => [ID], { nullable: true, description: 'With profileText: skill, practice and tool ids the text names that are not the person\'s (struck out); their concepts leave the profile, and the text still counts for what it is about (no repeats).' }) excluding?: string[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many roles (default 10, at most ROLEGRAPH_MAX_FIRST, 100 unless configured).' }) first?: number | null,
    @Arg('origins', () => [Origin], ORIGINS_ARG) origins?: Origin[] | null,
  ): Promise<RoleMatch[]> {
    const service = ctx.analytics;
    const count = checkFirst(first, listOf(ctx));
    const allowed = checkOrigins(origins);
    let rows;
    // What the match ids name: the profile, as a set of ids or as a text.
    let profile: unknown;
    if (profileText != null) {
      if (skills != null || tools != null) throw badInput('profileText', 'give either profileText or skills and tools, not both');
      const struck = distinct('excluding', excluding ?? [], 0, 500);
      const read = checkText('profileText', profileText, ctx);
      rows = await answer({ excluding: struck }, () => service.matchRolesFromText(read, count, allowed, struck));
      // What was struck out changes the answer, so it is part of what the ids name.
      profile = struck.length ? { text: textKey(profileText), excluding: [...struck].sort() } : { text: textKey(profileText) };
    } else {
      if (excluding != null) throw badInput('excluding', 'strikes ids out of a profileText: give profileText too, or leave the ids out of skills and tools');
      if (skills == null) throw badInput('skills', 'give skill ids, or profileText');
      const skillIds = distinct('skills', skills, 1, 500);
      const toolIds = distinct('tools', tools ?? [], 0, 500);
      rows = await answer({ skills, tools: toolIds }, () => service.matchRoles(skillIds, toolIds, count, allowed));
      profile = { skills: [...skillIds].sort(), tools: [...toolIds].sort() };
    }
    const n = await service.namer();
    return rows.map((m) => ({
      id: valueId('RoleMatch', profile, m.id),
      role: n('role', m.id) as RoleMatch['role'],
      score: m.score,
      coverage: m.coverage,
      precision: m.precision,
      text: m.text,
      matched: ids(n, 'skill', m.matched),
      missing: ids(n, 'skill', m.missing),
      matchedTools: ids(n, 'tool', m.matchedTools),
      missingTools: ids(n, 'tool', m.missingTools),
    }));
  }
}
