import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Bounded } from '../../bounds.js';
import { CareerMoveKind } from '../enums.js';
import { Role } from '../Role.js';
import { Skill } from '../Skill.js';

@ObjectType({ description: 'One move of a career path.' })
export class CareerStep {
  @Field(() => ID, { description: 'Deterministic id from the two roles of the move: a move is the same step in every path that takes it.' })
  id!: string;

  @Field(() => Role, { description: 'The role moved from.' })
  from!: Role;

  @Field(() => Role, { description: 'The role moved to.' })
  to!: Role;

  @Field(() => Float, { description: 'multiplier × (1 + effort of the move); the multiplier is 1 for a stated move, 1.25 for a recorded but implied one, 1.5 for one inferred from similarity.' })
  cost!: number;

  @Field(() => Boolean, { description: 'True when a source states this move.' })
  stated!: boolean;

  @Field(() => CareerMoveKind, { description: 'The move\'s kind; SIMILAR for a move inferred from skill similarity.' })
  kind!: CareerMoveKind;

  @Bounded('skillsPerRole')
  @Field(() => [Skill], { description: 'Skills to learn for this move, most important first.' })
  toLearn!: Skill[];
}

@ObjectType({ description: 'A route from one role to another, one move at a time, never visiting a role twice.' })
export class CareerPath {
  @Field(() => ID, { description: 'Deterministic id from the roles along the route, in order.' })
  id!: string;

  @Bounded(4)
  @Field(() => [CareerStep], { description: 'The moves, in order.' })
  steps!: CareerStep[];

  @Field(() => Float, { description: 'The sum of the step costs.' })
  totalCost!: number;
}
