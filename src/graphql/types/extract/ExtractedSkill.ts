import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../define.js';

export enum MatchedBy {
  LABEL = 'label',
  ALIAS = 'alias',
  TYPO = 'typo',
  WORDING = 'wording',
  SEMANTIC = 'semantic',
}
registerEnumType(MatchedBy, {
  name: 'MatchedBy',
  description: 'How a text names a skill: by its label (a name, or the name without its vendor or qualifier), by an alias, by a tool\'s name written with one typo ("kubernets"), by the words of its label in another form or order ("designing APIs" for API Design, "code review" for conduct ICT code review, "built prototypes" for develop software prototypes), or by meaning (a clause whose embedding is close to the concept\'s).',
});

@ObjectType({ description: 'Where a text names a skill: a span of the text (character offsets into the NFKC-normalised text, end exclusive).' })
export class TextSpan {
  @Field(() => Int, { description: 'Offset of the first character.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end!: number;

  @Field(() => String, { description: 'The text of the span.' })
  text!: string;
}

@ObjectType({ description: 'A skill, tool or practice a text names, resolved to one concept across sources.' })
export class ExtractedSkill {
  @Field(() => ID, { description: 'Deterministic id from the SHA-256 of the text and the node: what this text says about this node.' })
  id!: string;

  @Field(() => Node, { description: 'The node that names it (a Skill, Tool or Practice).' })
  node!: object;

  @Field(() => MatchedBy, { description: 'How its strongest mention matched.' })
  matchedBy!: MatchedBy;

  @Field(() => Float, { description: 'How sure the match is, in [0, 1]: 0.95 for a label, 0.75–0.85 for an alias, 0.7 for a typo, the cosine for a semantic match; lower for nodes no role uses.' })
  confidence!: number;

  @Field(() => [TextSpan], { description: 'Every place the text names it, in order.' })
  mentions!: TextSpan[];

  @Field(() => [Node], { description: 'The other nodes of its concept (the same skill or tool named by another source).' })
  sameAs!: object[];
}
