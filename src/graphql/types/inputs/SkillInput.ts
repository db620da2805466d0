import { upsertInput, type NodeInput } from './NodeInput.js';

export interface SkillInput extends NodeInput { description?: string | null; category?: string | null }
export const SkillInput = upsertInput<SkillInput>('SkillInput', 'A skill to create or update (upsertSkill).', {
  description: 'What the skill covers (at most 2000 characters).',
  category: 'A lower-case grouping keyword, e.g. "programming" or "operations".',
});
