import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: 'Most items to return, 1 to 500 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Keep only items whose node has this origin: curated, esco, onet or api.' })
  origin?: string | null;
}
