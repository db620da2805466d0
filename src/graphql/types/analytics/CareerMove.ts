import { Field, Float, ObjectType } from 'type-graphql';
import { Role } from '../Role.js';

@ObjectType({ description: 'A role one can move to next.' })
export class CareerMove {
  @Field(() => Role, { description: 'The role to move to.' })
  role!: Role;

  @Field(() => String, { description: 'growth, lateral, specialization or related for moves recorded in the graph; similar for suggestions inferred from skill similarity.' })
  kind!: string;

  @Field(() => Boolean, { description: 'True when a source states the move in so many words.' })
  stated!: boolean;

  @Field(() => Boolean, { description: 'True for a move recorded in the graph (CAN_MOVE_TO), false for a similarity suggestion.' })
  recorded!: boolean;

  @Field(() => Float, { description: 'Weighted skill similarity between the two roles, in [0, 1].' })
  score!: number;
}
