// The provenance every curated fact carries (docs/model.md): whether a source states it, where, and
// which sources. Link types extend this class so the fields are declared once.
import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import { SourcesById } from '../middleware/storedFields.js';
import { Source } from './Source.js';

@ObjectType()
export abstract class Provenance {
  @Field(() => Boolean, { nullable: true, description: 'True when a source says it in so many words, false when only implied; null for imported facts.' })
  stated?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'The passages or sections the sources state it in.' })
  evidence?: string[] | null;

  /** Source ids in the graph; the field resolves them to Source nodes. */
  @Field(() => [Source], { description: 'The sources that state it.' })
  @UseMiddleware(SourcesById)
  sources?: string[];
}
