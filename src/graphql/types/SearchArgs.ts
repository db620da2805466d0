import { ArgsType, Field, Int } from 'type-graphql';
import { NodeKind } from './SearchHit.js';

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'What to look for: one or more words, typos allowed.' })
  text!: string;

  @Field(() => Int, { nullable: true, description: 'Most results, 1 to 50 (default 10).' })
  first?: number | null;

  @Field(() => [NodeKind], { nullable: true, description: 'Only these kinds of node (default: all four).' })
  kinds?: NodeKind[] | null;
}
