import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Hydrate, SourcesById } from '../middleware/storedFields.js';
import { Source } from './Source.js';

@ObjectType({ description: 'A technology role (curated from the source articles) or an occupation imported from ESCO or O*NET.' })
export class Role {
  @Field(() => ID, { description: 'Stable id: a slug for curated roles, the ESCO concept URI or the O*NET-SOC code for imported ones.' })
  id!: string;

  @Field(() => String, { description: 'Canonical name, as the sources spell it.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and spellings the role is known by.' })
  @UseMiddleware(Hydrate)
  aliases?: string[];

  @Field(() => String, { nullable: true, description: 'What the role is about, in a sentence or two.' })
  @UseMiddleware(Hydrate)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Longer description (imported occupations carry the taxonomy\'s definition).' })
  @UseMiddleware(Hydrate)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'What the role mainly works on.' })
  @UseMiddleware(Hydrate)
  primaryFocus?: string | null;

  @Field(() => String, { nullable: true, description: 'Whom the role\'s work serves first.' })
  @UseMiddleware(Hydrate)
  primaryUser?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the role\'s impact shows.' })
  @UseMiddleware(Hydrate)
  impactArea?: string | null;

  @Field(() => String, { nullable: true, description: 'macro (the whole system) or micro (the parts of a project).' })
  @UseMiddleware(Hydrate)
  perspective?: string | null;

  @Field(() => String, { nullable: true, description: 'job (a job title), team (a group a role works with) or stakeholder; curated roles only.' })
  @UseMiddleware(Hydrate)
  roleKind?: string | null;

  @Field(() => String, { description: 'Where the role comes from: curated, esco, onet or api.' })
  @UseMiddleware(Hydrate)
  origin?: string;

  @Field(() => String, { nullable: true, description: 'ISCO-08 unit group code of an ESCO occupation.' })
  @UseMiddleware(Hydrate)
  iscoGroup?: string | null;

  @Field(() => Int, { nullable: true, description: 'O*NET job zone (1-5): how much preparation the occupation needs.' })
  @UseMiddleware(Hydrate)
  jobZone?: number | null;

  @Field(() => String, { nullable: true, description: 'Taxonomy code (ESCO occupation code or O*NET-SOC code).' })
  @UseMiddleware(Hydrate)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Taxonomy release an imported role comes from, e.g. "ESCO v1.1.1".' })
  @UseMiddleware(Hydrate)
  datasetVersion?: string | null;

  @Field(() => [Source], { description: 'The articles or datasets that describe this role.' })
  @UseMiddleware(SourcesById)
  sources?: string[];
}
