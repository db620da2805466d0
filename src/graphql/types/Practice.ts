import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Hydrate, SourcesById } from '../middleware/storedFields.js';
import { Source } from './Source.js';

@ObjectType({ description: 'A concept or pattern roles apply: Infrastructure-as-Code, Internal Developer Platform, Backend-for-Frontend, golden paths, ...' })
export class Practice {
  @Field(() => ID, { description: 'Stable slug id.' })
  id!: string;

  @Field(() => String, { description: 'Canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and abbreviations (e.g. "IaC").' })
  @UseMiddleware(Hydrate)
  aliases?: string[];

  @Field(() => String, { nullable: true, description: 'What the practice is.' })
  @UseMiddleware(Hydrate)
  description?: string | null;

  @Field(() => String, { description: 'Where the practice comes from: curated or api.' })
  @UseMiddleware(Hydrate)
  origin?: string;

  @Field(() => [Source], { description: 'The articles that describe this practice.' })
  @UseMiddleware(SourcesById)
  sources?: string[];
}
