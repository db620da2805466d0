// Curation mutations: validate the arguments (validation.ts, one schema per mutation), then one
// transaction each (curation.ts). Who may call them is decided before execution by the access plugin
// (a credential with the "write" scope).
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { deleteNode, link, unlink, upsertNode, type CuratedLabel } from '../../store/writes/curation.js';
import { Practice } from '../types/Practice.js';
import { Role } from '../types/Role.js';
import { NodeKind } from '../types/SearchHit.js';
import { Skill } from '../types/Skill.js';
import { Tool } from '../types/Tool.js';
import { CareerMoveKind } from '../types/enums.js';
import { DeleteResult } from '../types/inputs/DeleteResult.js';
import { PracticeInput } from '../types/inputs/PracticeInput.js';
import { RoleInput } from '../types/inputs/RoleInput.js';
import { SkillInput } from '../types/inputs/SkillInput.js';
import { ToolInput } from '../types/inputs/ToolInput.js';
import * as v from '../validation.js';

/** Runs a curation write, then tells this process's analytics cache (other processes see the version bump). */
async function written<T>(ctx: Context, write: Promise<T>): Promise<T> {
  const result = await write;
  ctx.analytics.invalidate();
  return result;
}

function subject(ctx: Context): string {
  // The access plugin guarantees a subject on every mutation.
  return ctx.caller.subject ?? 'unknown';
}

/** Writes a validated node input: its id, and only the fields the caller sent. */
async function upsert(ctx: Context, label: CuratedLabel, input: { id: string } & Record<string, unknown>) {
  const { id, ...props } = input;
  return written(ctx, upsertNode(ctx.graph, label, id, v.defined(props), subject(ctx)));
}

@Resolver()
export class CurationResolver {
  @Mutation(() => Role, { nullable: true, description: 'Creates or updates a role by id (needs the "write" scope).' })
  upsertRole(@Ctx() ctx: Context, @Arg('input', () => RoleInput) input: RoleInput): Promise<Role> {
    return upsert(ctx, 'Role', v.validate(v.upsertRoleArgs, { input }).input) as Promise<Role>;
  }

  @Mutation(() => Skill, { nullable: true, description: 'Creates or updates a skill by id (needs the "write" scope).' })
  upsertSkill(@Ctx() ctx: Context, @Arg('input', () => SkillInput) input: SkillInput): Promise<Skill> {
    return upsert(ctx, 'Skill', v.validate(v.upsertSkillArgs, { input }).input) as Promise<Skill>;
  }

  @Mutation(() => Tool, { nullable: true, description: 'Creates or updates a tool by id (needs the "write" scope).' })
  upsertTool(@Ctx() ctx: Context, @Arg('input', () => ToolInput) input: ToolInput): Promise<Tool> {
    return upsert(ctx, 'Tool', v.validate(v.upsertToolArgs, { input }).input) as Promise<Tool>;
  }

  @Mutation(() => Practice, { nullable: true, description: 'Creates or updates a practice by id (needs the "write" scope).' })
  upsertPractice(@Ctx() ctx: Context, @Arg('input', () => PracticeInput) input: PracticeInput): Promise<Practice> {
    return upsert(ctx, 'Practice', v.validate(v.upsertPracticeArgs, { input }).input) as Promise<Practice>;
  }

  @Mutation(() => Role, { nullable: true, description: 'Says that a role requires a skill, with an importance from 1 (nice to have) to 5 (essential); updates the importance if the link exists. Returns the role.' })
  linkRoleSkill(
    @Ctx() ctx: Context,
    @Arg('role', () => ID) role: string,
    @Arg('skill', () => ID) skill: string,
    @Arg('importance', () => Int) importance: number,
  ): Promise<Role> {
    const params = v.validate(v.linkRoleSkillArgs, { role, skill, importance });
    return written(ctx, link(ctx.graph, 'link-role-skill', params, [{ label: 'Role', id: role, argument: 'role' }, { label: 'Skill', id: skill, argument: 'skill' }], subject(ctx))) as Promise<Role>;
  }

  @Mutation(() => Role, { nullable: true, description: 'Says that a role uses a tool. Returns the role.' })
  linkRoleTool(@Ctx() ctx: Context, @Arg('role', () => ID) role: string, @Arg('tool', () => ID) tool: string): Promise<Role> {
    const params = v.validate(v.roleToolArgs, { role, tool });
    return written(ctx, link(ctx.graph, 'link-role-tool', params, [{ label: 'Role', id: role, argument: 'role' }, { label: 'Tool', id: tool, argument: 'tool' }], subject(ctx))) as Promise<Role>;
  }

  @Mutation(() => Role, { nullable: true, description: 'Records a career move from one role to another; updates its kind if it exists. Returns the role moved from.' })
  addCareerMove(
    @Ctx() ctx: Context,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('kind', () => CareerMoveKind) kind: CareerMoveKind,
  ): Promise<Role> {
    // SIMILAR and EQUIVALENT name what the engine derives; a recorded move is one of the stored kinds.
    if (kind === CareerMoveKind.SIMILAR || kind === CareerMoveKind.EQUIVALENT) throw badInput('kind', `${kind.toUpperCase()} is an answer the engine derives and cannot be recorded; use GROWTH, LATERAL, SPECIALIZATION or RELATED`);
    const params = { ...v.validate(v.careerMoveArgs, { from, to }), kind };
    return written(ctx, link(ctx.graph, 'add-career-move', params, [{ label: 'Role', id: from, argument: 'from' }, { label: 'Role', id: to, argument: 'to' }], subject(ctx))) as Promise<Role>;
  }

  @Mutation(() => Boolean, { nullable: true, description: 'Removes the link between a role and a skill; false if there was none.' })
  removeRoleSkill(@Ctx() ctx: Context, @Arg('role', () => ID) role: string, @Arg('skill', () => ID) skill: string): Promise<boolean> {
    const params = v.validate(v.roleSkillArgs, { role, skill });
    return written(ctx, unlink(ctx.graph, 'remove-role-skill', params, [{ label: 'Role', id: role, argument: 'role' }, { label: 'Skill', id: skill, argument: 'skill' }]));
  }

  @Mutation(() => Boolean, { nullable: true, description: 'Removes the link between a role and a tool; false if there was none.' })
  removeRoleTool(@Ctx() ctx: Context, @Arg('role', () => ID) role: string, @Arg('tool', () => ID) tool: string): Promise<boolean> {
    const params = v.validate(v.roleToolArgs, { role, tool });
    return written(ctx, unlink(ctx.graph, 'remove-role-tool', params, [{ label: 'Role', id: role, argument: 'role' }, { label: 'Tool', id: tool, argument: 'tool' }]));
  }

  @Mutation(() => Boolean, { nullable: true, description: 'Removes the career move from one role to another; false if there was none.' })
  removeCareerMove(@Ctx() ctx: Context, @Arg('from', () => ID) from: string, @Arg('to', () => ID) to: string): Promise<boolean> {
    const params = v.validate(v.moveEndsArgs, { from, to });
    return written(ctx, unlink(ctx.graph, 'remove-career-move', params, [{ label: 'Role', id: from, argument: 'from' }, { label: 'Role', id: to, argument: 'to' }]));
  }

  @Mutation(() => DeleteResult, { nullable: true, description: 'Deletes a role, skill, tool or practice. Refused while the node is still linked, unless detach: true (which removes its relationships too).' })
  async deleteNode(
    @Ctx() ctx: Context,
    @Arg('kind', () => NodeKind) kind: NodeKind,
    @Arg('id', () => ID) id: string,
    @Arg('detach', () => Boolean, { defaultValue: false }) detach: boolean,
  ): Promise<DeleteResult> {
    const { relationshipsRemoved } = await written(ctx, deleteNode(ctx.graph, kind as CuratedLabel, v.validate(v.nodeIdArgs, { id }).id, detach));
    return { kind, id, deleted: true, relationshipsRemoved };
  }
}
