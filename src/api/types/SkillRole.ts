import { Field, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { SourcesById } from './hydrate.js';
import { Source } from './Source.js';
import { Role } from './Role.js';

@ObjectType({ description: 'A role that requires a skill, with how much it matters to that role (REQUIRES_SKILL, read backwards).' })
export class SkillRole {
  @Field(() => Role, { name: 'role', description: 'The role requiring the skill.' })
  node!: Role;

  @Field(() => Int, { nullable: true, description: 'How much the role needs the skill, 1 to 5.' })
  importance?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source says it in so many words, false when inferred; null for imported links.' })
  stated?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'The passages or sections the sources state it in.' })
  evidence?: string[] | null;

  /** Source ids in the graph; the field resolves them to Source nodes. */
  @Field(() => [Source], { description: 'The sources that state it.' })
  @UseMiddleware(SourcesById)
  sources?: string[];
}
