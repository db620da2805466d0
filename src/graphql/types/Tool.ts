import { nodeType, type NodeObject } from './define.js';
import { Origin } from './enums.js';

export const Tool = nodeType('Tool', 'A concrete technology: language, framework, database, cloud, CI/CD or IaC tool, platform...', {
  id: { type: 'ID', description: 'Stable id: a slug for curated tools, an O*NET-derived id for imported ones.' },
  name: { type: 'String', description: 'Canonical name.' },
  aliases: { type: '[String]', description: 'Other names and spellings (e.g. "Postgres" for PostgreSQL).' },
  kind: { type: 'String', nullable: true, description: 'language, framework, database, cloud, container, ci-cd, iac, platform, library, tool, ...' },
  description: { type: 'String', nullable: true, description: 'What the tool is.' },
  origin: { type: 'String', of: () => Origin, description: 'Where the tool comes from: CURATED, ESCO, ONET or API.' },
  hot: { type: 'Boolean', nullable: true, description: 'O*NET "Hot Technology" for at least one occupation that uses it (frequently named in its employer job postings); false when O*NET marks it for none; null for tools O*NET does not list (curated ones). Which occupations: hot on Tool.rolesConnection and Role.toolsConnection edges.' },
  inDemand: { type: 'Boolean', nullable: true, description: 'O*NET "In Demand" for at least one occupation that uses it (among the technologies its job postings ask for most); false when O*NET marks it for none; null for tools O*NET does not list. Per occupation: inDemand on the same edges.' },
}, 'The articles or datasets that name this tool.');
export type Tool = NodeObject;
