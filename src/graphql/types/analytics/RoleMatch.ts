import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Bounded } from '../../bounds.js';
import { Role } from '../Role.js';
import { Skill } from '../Skill.js';
import { Tool } from '../Tool.js';

@ObjectType({ description: 'How well a skill profile fits a role.' })
export class RoleMatch {
  @Field(() => ID, { description: 'Deterministic id from the profile (its distinct skill and tool ids, sorted, or the SHA-256 of profileText and the ids it excludes) and the role.' })
  id!: string;

  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => Float, { description: 'The ranking score, in [0, 1]: F1 of coverage and precision; for a profileText, 0.3 × that F1 + 0.7 × text (F1 alone for a role with no title-and-description embedding).' })
  score!: number;

  @Field(() => Float, { nullable: true, description: 'For a profileText: how close the whole text (its opening and all of it) is to the role\'s title and description, the embedding cosine rescaled to [0, 1] as similarRoles\' text signal is. Null for a profile of ids, or when the role or the graph has no embedding.' })
  text!: number | null;

  @Field(() => Float, { description: 'Share of the role\'s weighted requirements the profile covers, in [0, 1]: its practices are left out (a profile names skills and tools), and its tools too when the profile names none.' })
  coverage!: number;

  @Field(() => Float, { description: 'Share of the profile the role uses, by specificity, in [0, 1].' })
  precision!: number;

  @Bounded('skillsPerRole')
  @Field(() => [Skill], { description: 'Role skills the profile has, most important first (including those it borrows from the occupation it maps to, as coverage counts them).' })
  matched!: Skill[];

  @Bounded('skillsPerRole')
  @Field(() => [Skill], { description: 'Role skills the profile lacks, most important first (including borrowed ones).' })
  missing!: Skill[];

  @Bounded('toolsPerRole')
  @Field(() => [Tool], { description: 'Role tools the profile has (own and borrowed).' })
  matchedTools!: Tool[];

  @Bounded('toolsPerRole')
  @Field(() => [Tool], { description: 'Role tools the profile lacks (own and borrowed).' })
  missingTools!: Tool[];
}
