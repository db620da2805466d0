import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum NodeKind {
  ROLE = 'Role',
  SKILL = 'Skill',
  TOOL = 'Tool',
  PRACTICE = 'Practice',
}
registerEnumType(NodeKind, { name: 'NodeKind', description: 'The kinds of node search covers.' });

@ObjectType({ description: 'One search result. Results come exact name/alias matches first, then by score.' })
export class SearchHit {
  @Field(() => NodeKind, { description: 'What kind of node matched; look it up with role(id:), skill(id:), tool(id:) or practice(id:).' })
  kind!: NodeKind;

  @Field(() => ID, { description: 'The node\'s id.' })
  id!: string;

  @Field(() => String, { description: 'The node\'s name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'curated, esco, onet or api.' })
  origin?: string | null;

  @Field(() => Float, { description: 'Full-text relevance (Lucene score): higher is better; comparable within one search only.' })
  score!: number;

  @Field(() => Boolean, { description: 'True when the text is the node\'s name or one of its aliases (case and hyphens ignored).' })
  exact!: boolean;
}
