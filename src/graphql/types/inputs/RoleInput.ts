import { Field, InputType } from 'type-graphql';
import { NodeInput } from './NodeInput.js';

@InputType({ description: 'A role to create or update (upsertRole).' })
export class RoleInput extends NodeInput {
  @Field(() => String, { nullable: true, description: 'What the role is about (at most 2000 characters).' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Whom the role mainly serves (at most 2000 characters).' })
  primaryUser?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the role has its impact (at most 2000 characters).' })
  impactArea?: string | null;

  @Field(() => String, { nullable: true, description: 'What the role mainly focuses on (at most 2000 characters).' })
  primaryFocus?: string | null;
}
