import { upsertInput, type NodeInput } from './NodeInput.js';

export interface PracticeInput extends NodeInput { description?: string | null }
export const PracticeInput = upsertInput<PracticeInput>('PracticeInput', 'A practice or concept to create or update (upsertPractice).', {
  description: 'What the practice is (at most 2000 characters).',
});
