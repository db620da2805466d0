import { Field, ObjectType } from 'type-graphql';
import { Provenance } from './Provenance.js';
import { Role } from './Role.js';

@ObjectType({ description: 'A role another role works with, and on what (COLLABORATES_WITH, either direction).' })
export class Collaboration extends Provenance {
  @Field(() => Role, { name: 'role', description: 'The role worked with.' })
  node!: Role;

  @Field(() => String, { nullable: true, description: 'What they work together on.' })
  context?: string | null;
}
