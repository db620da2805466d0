import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Bounded } from '../../bounds.js';
import { Role } from '../Role.js';
import { Skill } from '../Skill.js';
import { Tool } from '../Tool.js';

@ObjectType({ description: 'A role similar to the one asked about, and why.' })
export class RoleSimilarity {
  @Field(() => ID, { description: 'Deterministic id from the role asked about and this role: the similarity of the pair, whatever the list it appears in.' })
  id!: string;

  @Field(() => Role, { description: 'The similar role.' })
  role!: Role;

  @Field(() => Float, { description: 'Similarity in [0, 1]: half the soft cosine of the two roles\' weighted requirements (shared concepts across sources, partial credit for related ones), half the similarity of their titles and descriptions; the one signal when a role lacks the other.' })
  score!: number;

  @Field(() => Float, { description: 'The requirements half of the score: soft cosine in concept space, in [0, 1].' })
  requirements!: number;

  @Field(() => Float, { description: 'The text half of the score: embedding similarity of titles and descriptions, rescaled to [0, 1].' })
  text!: number;

  @Field(() => Float, { description: 'Plain Jaccard over requirement concepts, in [0, 1].' })
  jaccard!: number;

  @Bounded('skillsPerRole')
  @Field(() => [Skill], { description: 'The skills both roles require, those that drive the score most first.' })
  sharedSkills!: Skill[];

  @Bounded('toolsPerRole')
  @Field(() => [Tool], { description: 'The tools both roles use (the same concept in either source).' })
  sharedTools!: Tool[];
}
