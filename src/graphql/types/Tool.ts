import { nodeType, type NodeObject } from './define.js';
import { Origin } from './enums.js';

export const Tool = nodeType('Tool', 'A concrete technology: language, framework, database, cloud, CI/CD or IaC tool, platform...', {
  id: { type: 'ID', description: 'Stable id: a slug for curated tools, an O*NET-derived id for imported ones.' },
  name: { type: 'String', description: 'Canonical name.' },
  aliases: { type: '[String]', description: 'Other names and spellings (e.g. "Postgres" for PostgreSQL).' },
  kind: { type: 'String', nullable: true, description: 'language, framework, database, cloud, container, ci-cd, iac, platform, library, tool, ...' },
  description: { type: 'String', nullable: true, description: 'What the tool is.' },
  origin: { type: 'String', of: () => Origin, description: 'Where the tool comes from: CURATED, ESCO, ONET or API.' },
  hot: { type: 'Boolean', nullable: true, description: 'O*NET "Hot Technology": frequently named in employer job postings.' },
  inDemand: { type: 'Boolean', nullable: true, description: 'O*NET "In Demand": among the most requested technologies in job postings.' },
}, 'The articles or datasets that name this tool.');
export type Tool = NodeObject;
