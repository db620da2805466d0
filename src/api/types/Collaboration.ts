import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import { SourcesById } from './hydrate.js';
import { Source } from './Source.js';
import { Role } from './Role.js';

@ObjectType({ description: 'A role another role works with, and on what (COLLABORATES_WITH, either direction).' })
export class Collaboration {
  @Field(() => Role, { name: 'role', description: 'The role worked with.' })
  node!: Role;

  @Field(() => String, { nullable: true, description: 'What they work together on.' })
  context?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source says it in so many words, false when inferred.' })
  stated?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'The passages or sections the sources state it in.' })
  evidence?: string[] | null;

  /** Source ids in the graph; the field resolves them to Source nodes. */
  @Field(() => [Source], { description: 'The sources that state it.' })
  @UseMiddleware(SourcesById)
  sources?: string[];
}
