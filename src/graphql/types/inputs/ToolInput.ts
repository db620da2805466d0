import { Field, InputType } from 'type-graphql';
import { NodeInput } from './NodeInput.js';

@InputType({ description: 'A tool to create or update (upsertTool).' })
export class ToolInput extends NodeInput {
  @Field(() => String, { nullable: true, description: 'A lower-case keyword: language, framework, database, cloud, container, ci-cd, iac, platform, library, tool, ...' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'What the tool is (at most 2000 characters).' })
  description?: string | null;
}
