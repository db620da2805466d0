import { Field, InputType } from 'type-graphql';
import { NodeInput } from './NodeInput.js';

@InputType({ description: 'A practice or concept to create or update (upsertPractice).' })
export class PracticeInput extends NodeInput {
  @Field(() => String, { nullable: true, description: 'What the practice is (at most 2000 characters).' })
  description?: string | null;
}
