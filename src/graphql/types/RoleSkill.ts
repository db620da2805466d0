import { Field, Int, ObjectType } from 'type-graphql';
import { Provenance } from './Provenance.js';
import { Skill } from './Skill.js';

@ObjectType({ description: 'A skill a role requires, with how much it matters and who says so (REQUIRES_SKILL).' })
export class RoleSkill extends Provenance {
  @Field(() => Skill, { name: 'skill', description: 'The required skill.' })
  node!: Skill;

  @Field(() => Int, { nullable: true, description: 'How much the role needs it, 1 (mentioned in passing) to 5 (primary focus); imported links map the taxonomy\'s rating onto the same scale.' })
  importance?: number | null;

  @Field(() => String, { nullable: true, description: 'ESCO relation type: essential or optional.' })
  relationType?: string | null;
}
