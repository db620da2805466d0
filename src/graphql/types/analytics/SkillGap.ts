import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Bounded } from '../../bounds.js';
import { Role } from '../Role.js';
import { Skill } from '../Skill.js';
import { Tool } from '../Tool.js';

@ObjectType({ description: 'A skill the target role requires and the source role does not.' })
export class SkillToLearn {
  @Field(() => Skill, { description: 'The skill.' })
  skill!: Skill;

  @Field(() => Int, { description: 'How important the target role rates it (1–5).' })
  importance!: number;
}

@ObjectType({ description: 'What moving from one role to another asks for.' })
export class SkillGap {
  @Field(() => Role, { description: 'The role moved from.' })
  from!: Role;

  @Field(() => Role, { description: 'The role moved to.' })
  to!: Role;

  @Bounded('skillsPerRole')
  @Field(() => [Skill], { description: 'Target skills the source role already requires, by the target\'s importance.' })
  transferable!: Skill[];

  @Bounded('skillsPerRole')
  @Field(() => [SkillToLearn], { description: 'Target skills to learn, most important to the target first.' })
  toLearn!: SkillToLearn[];

  @Bounded('toolsPerRole')
  @Field(() => [Tool], { description: 'Tools the target uses that the source does not.' })
  toolsToLearn!: Tool[];

  @Bounded('toolsPerRole')
  @Field(() => [Tool], { description: 'Tools both roles use.' })
  transferableTools!: Tool[];

  @Bounded('skillsPerRole')
  @Field(() => [Skill], { description: 'The skills to learn in a workable order: prerequisites before what they enable, broader skills before narrower ones, otherwise by importance.' })
  learningOrder!: Skill[];

  @Field(() => Float, { description: 'Share of the target\'s weighted requirements already met (skills by importance, tools 2 each), in [0, 1]; 1 for the same role.' })
  coverage!: number;

  @Field(() => Float, { description: 'What is missing, in importance-5-skill units: (Σ importance of skills to learn + 2 per tool to learn) / 5; 0 when nothing is missing.' })
  effort!: number;
}
