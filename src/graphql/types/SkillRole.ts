import { Field, Int, ObjectType } from 'type-graphql';
import { Provenance } from './Provenance.js';
import { Role } from './Role.js';

@ObjectType({ description: 'A role that requires a skill, with how much it matters to that role (REQUIRES_SKILL, read backwards).' })
export class SkillRole extends Provenance {
  @Field(() => Role, { name: 'role', description: 'The role requiring the skill.' })
  node!: Role;

  @Field(() => Int, { nullable: true, description: 'How much the role needs the skill, 1 to 5.' })
  importance?: number | null;
}
