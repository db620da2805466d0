import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Hydrate, SourcesById } from '../middleware/storedFields.js';
import { Source } from './Source.js';

@ObjectType({ description: 'Something a role is judged by (system uptime, API response time, developer onboarding time, ...).' })
export class Metric {
  @Field(() => ID, { description: 'Stable slug id.' })
  id!: string;

  @Field(() => String, { description: 'Canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names.' })
  @UseMiddleware(Hydrate)
  aliases?: string[];

  @Field(() => String, { nullable: true, description: 'What the metric measures.' })
  @UseMiddleware(Hydrate)
  description?: string | null;

  @Field(() => [Source], { description: 'The articles that name this metric.' })
  @UseMiddleware(SourcesById)
  sources?: string[];
}
