import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Bounded } from '../../bounds.js';
import { Role } from '../Role.js';
import { Skill } from '../Skill.js';
import { Tool } from '../Tool.js';

@ObjectType({ description: 'A skill the target role requires and the source role does not.' })
export class SkillToLearn {
  @Field(() => ID, { description: 'Deterministic id: the gap\'s id and the skill\'s.' })
  id!: string;

  @Field(() => Skill, { description: 'The skill.' })
  skill!: Skill;

  @Field(() => Int, { description: 'How important the target role rates it (1–5).' })
  importance!: number;

  @Field(() => Float, { description: 'Partial credit already earned towards it, in [0, 1): 0, or what a related skill or tool of the source role is worth (see partlyCoveredBy).' })
  credit!: number;

  @Field(() => String, { nullable: true, description: 'The source role\'s related skill or tool that gives the partial credit, if any.' })
  partlyCoveredBy?: string | null;

  @Field(() => Boolean, { description: 'True when the target does not list it itself but borrows it from an occupation it maps to (see SkillGap.notes).' })
  inferred!: boolean;
}

@ObjectType({ description: 'What moving from one role to another asks for.' })
export class SkillGap {
  @Field(() => ID, { description: 'Deterministic id from the two ends: the from and to role ids, the SHA-256 of fromText and the to role id, or the sorted fromSkills and fromTools ids and the to role id.' })
  id!: string;

  @Field(() => Role, { nullable: true, description: 'The role moved from; null when the gap starts from a text (fromText) or a list of skills (fromSkills).' })
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

  @Field(() => Float, { nullable: true, description: 'Share of the target\'s weighted requirements already met, in [0, 1]: each requirement weighs its importance (tools 2, hot technologies 3) times its specificity, and counts 1 when met by the same concept (whichever source names it) or a partial credit when met by a related one. Null when the target has no requirement data (see notes).' })
  coverage?: number | null;

  @Field(() => Float, { nullable: true, description: 'What is missing, in units of one importance-5, fully specific skill: Σ importance × specificity × (1 − credit) / 5. Null with coverage.' })
  effort?: number | null;

  @Field(() => [String], { description: 'What the sources do not know about the two roles (no skill data, requirements inferred from another occupation), in words.' })
  notes!: string[];
}
