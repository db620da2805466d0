import { Field, InputType } from 'type-graphql';
import { NodeInput } from './NodeInput.js';

@InputType({ description: 'A skill to create or update (upsertSkill).' })
export class SkillInput extends NodeInput {
  @Field(() => String, { nullable: true, description: 'What the skill covers (at most 2000 characters).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'A lower-case grouping keyword, e.g. "programming" or "operations".' })
  category?: string | null;
}
