import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CareerMoveKind } from '../enums.js';
import { Role } from '../Role.js';

@ObjectType({ description: 'A role one can move to next.' })
export class CareerMove {
  @Field(() => ID, { description: 'Deterministic id from the role moved from and the role moved to.' })
  id!: string;

  @Field(() => Role, { description: 'The role to move to.' })
  role!: Role;

  @Field(() => CareerMoveKind, { description: 'GROWTH, LATERAL, SPECIALIZATION or RELATED for moves recorded in the graph; SIMILAR for suggestions inferred from skill similarity.' })
  kind!: CareerMoveKind;

  @Field(() => Boolean, { description: 'True when a source article states the move in so many words; a dataset\'s recorded relatedness (O*NET Related Occupations) is not stated.' })
  stated!: boolean;

  @Field(() => String, { nullable: true, description: 'O*NET\'s relatedness tier for a related occupation: Primary-Short, Primary-Long or Supplemental.' })
  tier?: string | null;

  @Field(() => Int, { nullable: true, description: 'O*NET\'s index among the related occupations (1 = most related).' })
  rank?: number | null;

  @Field(() => Boolean, { description: 'True for a move recorded in the graph (CAN_MOVE_TO), false for a similarity suggestion.' })
  recorded!: boolean;

  @Field(() => Float, { description: 'Similarity of the two roles, in [0, 1] (as RoleSimilarity.score).' })
  score!: number;
}
