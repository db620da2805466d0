import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Source } from '../types/Source.js';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'One source (article or dataset release) by id. Null when none has it.' })
  source(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The source\'s id, as listed in any `sources` field.' }) id: string) {
    return ctx.loaders.nodes.Source.load(id);
  }
}
