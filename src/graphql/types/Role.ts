import { nodeType, type NodeObject } from './define.js';
import { Origin, RoleKind } from './enums.js';

export const Role = nodeType('Role', 'A technology role (curated from the source articles) or an occupation imported from ESCO or O*NET.', {
  id: { type: 'ID', description: 'Stable id: a slug for curated roles, the ESCO concept URI or the O*NET-SOC code for imported ones.' },
  name: { type: 'String', description: 'Canonical name, as the sources spell it.' },
  aliases: { type: '[String]', description: 'Other names and spellings the role is known by.' },
  summary: { type: 'String', nullable: true, description: 'What the role is about, in a sentence or two.' },
  description: { type: 'String', nullable: true, description: 'Longer description (imported occupations carry the taxonomy\'s definition).' },
  primaryFocus: { type: 'String', nullable: true, description: 'What the role mainly works on.' },
  primaryUser: { type: 'String', nullable: true, description: 'Whom the role\'s work serves first.' },
  impactArea: { type: 'String', nullable: true, description: 'Where the role\'s impact shows.' },
  perspective: { type: 'String', nullable: true, description: 'macro (the whole system) or micro (the parts of a project).' },
  roleKind: { type: 'String', of: () => RoleKind, nullable: true, description: 'JOB (a job title), TEAM (a group a role works with) or STAKEHOLDER; curated roles only.' },
  origin: { type: 'String', of: () => Origin, description: 'Where the role comes from: CURATED, ESCO, ONET or API.' },
  iscoGroup: { type: 'String', nullable: true, description: 'ISCO-08 unit group code of an ESCO occupation.' },
  jobZone: { type: 'Int', nullable: true, description: 'O*NET job zone (1-5): how much preparation the occupation needs.' },
  code: { type: 'String', nullable: true, description: 'Taxonomy code (ESCO occupation code or O*NET-SOC code).' },
  datasetVersion: { type: 'String', nullable: true, description: 'Taxonomy release an imported role comes from, e.g. "ESCO v1.1.1".' },
}, 'The articles or datasets that describe this role.');
export type Role = NodeObject;
