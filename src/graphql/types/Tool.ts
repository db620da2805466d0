import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Hydrate, SourcesById } from '../middleware/storedFields.js';
import { Source } from './Source.js';

@ObjectType({ description: 'A concrete technology: language, framework, database, cloud, CI/CD or IaC tool, platform...' })
export class Tool {
  @Field(() => ID, { description: 'Stable id: a slug for curated tools, an O*NET-derived id for imported ones.' })
  id!: string;

  @Field(() => String, { description: 'Canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and spellings (e.g. "Postgres" for PostgreSQL).' })
  @UseMiddleware(Hydrate)
  aliases?: string[];

  @Field(() => String, { nullable: true, description: 'language, framework, database, cloud, container, ci-cd, iac, platform, library, tool, ...' })
  @UseMiddleware(Hydrate)
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'What the tool is.' })
  @UseMiddleware(Hydrate)
  description?: string | null;

  @Field(() => String, { description: 'Where the tool comes from: curated, esco, onet or api.' })
  @UseMiddleware(Hydrate)
  origin?: string;

  @Field(() => Boolean, { nullable: true, description: 'O*NET "Hot Technology": frequently named in employer job postings.' })
  @UseMiddleware(Hydrate)
  hot?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'O*NET "In Demand": among the most requested technologies in job postings.' })
  @UseMiddleware(Hydrate)
  inDemand?: boolean | null;

  @Field(() => [Source], { description: 'The articles or datasets that name this tool.' })
  @UseMiddleware(SourcesById)
  sources?: string[];
}
