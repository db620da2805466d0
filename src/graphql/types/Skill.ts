import { nodeType, type NodeObject } from './define.js';
import { Origin } from './enums.js';

export const Skill = nodeType('Skill', 'A skill or body of knowledge a role requires (curated, or an ESCO skill / O*NET element).', {
  id: { type: 'ID', description: 'Stable id: a slug for curated skills, the ESCO concept URI or the O*NET element id for imported ones.' },
  name: { type: 'String', description: 'Canonical name.' },
  aliases: { type: '[String]', description: 'Other names and spellings.' },
  description: { type: 'String', nullable: true, description: 'What the skill covers.' },
  skillType: { type: 'String', nullable: true, description: 'ESCO skill type (skill/competence, knowledge, ...) or the O*NET element family.' },
  category: { type: 'String', nullable: true, description: 'A grouping of curated skills (e.g. programming, operations).' },
  origin: { type: 'String', of: () => Origin, description: 'Where the skill comes from: CURATED, ESCO, ONET or API.' },
}, 'The articles or datasets that name this skill.');
export type Skill = NodeObject;
