import { Field, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { SourcesById } from './hydrate.js';
import { Source } from './Source.js';
import { Skill } from './Skill.js';

@ObjectType({ description: 'A skill a role requires, with how much it matters and who says so (REQUIRES_SKILL).' })
export class RoleSkill {
  @Field(() => Skill, { name: 'skill', description: 'The required skill.' })
  node!: Skill;

  @Field(() => Int, { nullable: true, description: 'How much the role needs it, 1 (mentioned in passing) to 5 (primary focus); imported links map the taxonomy\'s rating onto the same scale.' })
  importance?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source says it in so many words, false when inferred; null for imported links.' })
  stated?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'The passages or sections the sources state it in.' })
  evidence?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ESCO relation type: essential or optional.' })
  relationType?: string | null;

  /** Source ids in the graph; the field resolves them to Source nodes. */
  @Field(() => [Source], { description: 'The sources that state it.' })
  @UseMiddleware(SourcesById)
  sources?: string[];
}
