import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Role } from '../types/Role.js';

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => Role, { nullable: true, description: 'One role by id, or by name or alias (case-insensitive).' })
  async role(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string,
  ): Promise<Role | null> {
    if (!id) return null;
    return (await ctx.loaders.role.load(id)) as Role | null;
  }
}
