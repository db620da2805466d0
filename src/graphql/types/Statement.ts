import { Field, ID, ObjectType } from 'type-graphql';
import { Provenance } from './Provenance.js';

@ObjectType({ description: 'A short statement about a role: a responsibility, challenge, trend or hiring criterion, with its provenance.' })
export class Statement extends Provenance {
  @Field(() => ID, { description: 'Stable slug id.' })
  id!: string;

  @Field(() => String, { description: 'The statement, as the sources put it.' })
  name!: string;
}
