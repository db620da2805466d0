import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Relay page information: where this page starts and ends, and whether more pages exist.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow; pass endCursor as `after` to get them.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when this page started after a cursor (paging is forward only).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor!: string | null;
}
