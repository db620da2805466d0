import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where facts come from: one of the source articles, or a taxonomy release (ESCO, O*NET).' })
export class Source {
  @Field(() => ID, { description: 'Stable id (e.g. "bd-vs-dxe", "esco-1.1.1").' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Title of the article or dataset.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'Who wrote it, when the source names an author.' })
  author?: string | null;

  @Field(() => String, { nullable: true, description: 'Publication or release date (ISO 8601).' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Where to read it.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'article or dataset.' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Licence the content is used under.' })
  license?: string | null;

  @Field(() => String, { nullable: true, description: 'Attribution text the licence asks for.' })
  attribution?: string | null;
}
