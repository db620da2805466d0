import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { SourcesById } from './hydrate.js';
import { Source } from './Source.js';

@ObjectType({ description: 'A short statement about a role: a responsibility, challenge, trend or hiring criterion, with its provenance.' })
export class Statement {
  @Field(() => ID, { description: 'Stable slug id.' })
  id!: string;

  @Field(() => String, { description: 'The statement, as the sources put it.' })
  name!: string;

  @Field(() => Boolean, { nullable: true, description: 'True when a source says it in so many words, false when only implied.' })
  stated?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'The passages or sections the sources state it in.' })
  evidence?: string[] | null;

  /** Source ids in the graph; the field resolves them to Source nodes. */
  @Field(() => [Source], { description: 'The sources that state it.' })
  @UseMiddleware(SourcesById)
  sources?: string[];
}
