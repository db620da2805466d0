import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor (an edge cursor or pageInfo.endCursor) to continue after.' })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Keep only nodes whose name or an alias contains this text (case, spaces and hyphens ignored).' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Keep only nodes of this origin: curated, esco, onet or api.' })
  origin?: string | null;
}
