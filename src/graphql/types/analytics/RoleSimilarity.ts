import { Field, Float, ObjectType } from 'type-graphql';
import { Bounded } from '../../bounds.js';
import { Role } from '../Role.js';
import { Skill } from '../Skill.js';

@ObjectType({ description: 'A role similar to the one asked about, and why.' })
export class RoleSimilarity {
  @Field(() => Role, { description: 'The similar role.' })
  role!: Role;

  @Field(() => Float, { description: 'Weighted Jaccard over required skills, in [0, 1] (1 = the same skills at the same importances).' })
  score!: number;

  @Field(() => Float, { description: 'Plain Jaccard over required skills, in [0, 1]; breaks ties in score.' })
  jaccard!: number;

  @Bounded('skillsPerRole')
  @Field(() => [Skill], { description: 'The skills both roles require, those that drive the score most first.' })
  sharedSkills!: Skill[];
}
