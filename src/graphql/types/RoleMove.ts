import { Field, Int, ObjectType } from 'type-graphql';
import { Provenance } from './Provenance.js';
import { Role } from './Role.js';

@ObjectType({ description: 'A career move out of a role, as the graph records it (CAN_MOVE_TO). Ranked suggestions are Query.nextRoles.' })
export class RoleMove extends Provenance {
  @Field(() => Role, { name: 'role', description: 'The role one can move to.' })
  node!: Role;

  @Field(() => String, { nullable: true, description: 'growth, lateral, specialization or related.' })
  kind?: string | null;

  @Field(() => Int, { nullable: true, description: 'O*NET Related Occupations tier (1 = primary-short ... 4 = supplemental).' })
  tier?: number | null;

  @Field(() => Int, { nullable: true, description: 'O*NET relatedness rank within the source occupation (1 = closest).' })
  rank?: number | null;
}
