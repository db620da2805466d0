import { Field, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { SourcesById } from './hydrate.js';
import { Source } from './Source.js';
import { Role } from './Role.js';

@ObjectType({ description: 'A career move out of a role, as the graph records it (CAN_MOVE_TO). Ranked suggestions are Query.nextRoles.' })
export class RoleMove {
  @Field(() => Role, { name: 'role', description: 'The role one can move to.' })
  node!: Role;

  @Field(() => String, { nullable: true, description: 'growth, lateral, specialization or related.' })
  kind?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source names the move, false when inferred; null for imported links.' })
  stated?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'O*NET Related Occupations tier (1 = primary-short ... 4 = supplemental).' })
  tier?: number | null;

  @Field(() => Int, { nullable: true, description: 'O*NET relatedness rank within the source occupation (1 = closest).' })
  rank?: number | null;

  @Field(() => [String], { nullable: true, description: 'The passages or sections the sources state it in.' })
  evidence?: string[] | null;

  /** Source ids in the graph; the field resolves them to Source nodes. */
  @Field(() => [Source], { description: 'The sources that state it.' })
  @UseMiddleware(SourcesById)
  sources?: string[];
}
