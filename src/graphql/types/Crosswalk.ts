import { Field, ObjectType } from 'type-graphql';
import { Role } from './Role.js';

@ObjectType({ description: 'A link between a curated role and an ESCO or O*NET occupation (MAPS_TO).' })
export class Crosswalk {
  @Field(() => Role, { name: 'role', description: 'The role at the other end of the link.' })
  node!: Role;

  @Field(() => String, { nullable: true, description: 'close (same job) or broad (the occupation covers more).' })
  match?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the two are linked.' })
  basis?: string | null;
}
