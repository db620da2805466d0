import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Hydrate, SourcesById } from '../middleware/storedFields.js';
import { Source } from './Source.js';

@ObjectType({ description: 'A skill or body of knowledge a role requires (curated, or an ESCO skill / O*NET element).' })
export class Skill {
  @Field(() => ID, { description: 'Stable id: a slug for curated skills, the ESCO concept URI or the O*NET element id for imported ones.' })
  id!: string;

  @Field(() => String, { description: 'Canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and spellings.' })
  @UseMiddleware(Hydrate)
  aliases?: string[];

  @Field(() => String, { nullable: true, description: 'What the skill covers.' })
  @UseMiddleware(Hydrate)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'ESCO skill type (skill/competence, knowledge, ...) or the O*NET element family.' })
  @UseMiddleware(Hydrate)
  skillType?: string | null;

  @Field(() => String, { nullable: true, description: 'A grouping of curated skills (e.g. programming, operations).' })
  @UseMiddleware(Hydrate)
  category?: string | null;

  @Field(() => String, { description: 'Where the skill comes from: curated, esco, onet or api.' })
  @UseMiddleware(Hydrate)
  origin?: string;

  @Field(() => [Source], { description: 'The articles or datasets that name this skill.' })
  @UseMiddleware(SourcesById)
  sources?: string[];
}
