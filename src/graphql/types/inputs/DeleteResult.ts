// The answer of deleteNode (an output type, kept beside the curation inputs it belongs to).
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeKind } from '../SearchHit.js';

@ObjectType({ description: 'What deleteNode did.' })
export class DeleteResult {
  @Field(() => NodeKind)
  kind!: NodeKind;

  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, { description: 'Always true: a node that cannot be deleted is an error.' })
  deleted!: boolean;

  @Field(() => Int, { description: 'How many relationships were removed with it (only with detach: true).' })
  relationshipsRemoved!: number;
}
