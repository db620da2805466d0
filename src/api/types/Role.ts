import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A technology role (curated from the source articles) or an occupation imported from ESCO or O*NET.' })
export class Role {
  @Field(() => ID, { description: 'Stable id: a slug for curated roles, the ESCO concept URI or the O*NET-SOC code for imported ones.' })
  id!: string;

  @Field(() => String, { description: 'Canonical name, as the sources spell it.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and spellings the role is known by.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'What the role is about, in a sentence or two.' })
  summary?: string | null;

  @Field(() => String, { description: 'Where the role comes from: curated, esco, onet or api.' })
  origin!: string;
}
