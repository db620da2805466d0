import { upsertInput, type NodeInput } from './NodeInput.js';

export interface RoleInput extends NodeInput { summary?: string | null; primaryUser?: string | null; impactArea?: string | null; primaryFocus?: string | null }
export const RoleInput = upsertInput<RoleInput>('RoleInput', 'A role to create or update (upsertRole).', {
  summary: 'What the role is about (at most 2000 characters).',
  primaryUser: 'Whom the role mainly serves (at most 2000 characters).',
  impactArea: 'Where the role has its impact (at most 2000 characters).',
  primaryFocus: 'What the role mainly focuses on (at most 2000 characters).',
});
