import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class LookupArgs {
  @Field(() => ID, { nullable: true, description: 'The node\'s id.' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'A name or alias, matched case-insensitively with spaces, hyphens and underscores alike (e.g. "dx engineer", "BACK-END DEVELOPER", "postgres").' })
  name?: string | null;
}
