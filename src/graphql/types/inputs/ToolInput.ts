import { upsertInput, type NodeInput } from './NodeInput.js';

export interface ToolInput extends NodeInput { kind?: string | null; description?: string | null }
export const ToolInput = upsertInput<ToolInput>('ToolInput', 'A tool to create or update (upsertTool).', {
  kind: 'A lower-case keyword: language, framework, database, cloud, container, ci-cd, iac, platform, library, tool, ...',
  description: 'What the tool is (at most 2000 characters).',
});
