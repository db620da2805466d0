// What every curation upsert sends: the node's id, name and (optionally) aliases. Omitted optional
// fields keep their stored values; null clears them.
import { Field, ID, InputType } from 'type-graphql';

// Decorated so type-graphql passes these fields on to each subclass.
@InputType({ description: 'Fields every curation upsert takes (RoleInput, SkillInput, ToolInput, PracticeInput).' })
export abstract class NodeInput {
  @Field(() => ID, { description: 'Slug id (lower-case letters, digits and "-", at most 80 characters), e.g. "platform-engineer". An existing id updates that node.' })
  id!: string;

  @Field(() => String, { description: 'Canonical name (at most 120 characters).' })
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other names (at most 30, each at most 120 characters). Omit to keep the stored ones; [] clears them.' })
  aliases?: string[] | null;
}
