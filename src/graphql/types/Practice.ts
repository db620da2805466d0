import { nodeType, type NodeObject } from './define.js';
import { Origin } from './enums.js';

export const Practice = nodeType('Practice', 'A concept or pattern roles apply: Infrastructure-as-Code, Internal Developer Platform, Backend-for-Frontend, golden paths, ...', {
  id: { type: 'ID', description: 'Stable slug id.' },
  name: { type: 'String', description: 'Canonical name.' },
  aliases: { type: '[String]', description: 'Other names and abbreviations (e.g. "IaC").' },
  description: { type: 'String', nullable: true, description: 'What the practice is.' },
  origin: { type: 'String', of: () => Origin, description: 'Where the practice comes from: CURATED or API.' },
}, 'The articles that describe this practice.');
export type Practice = NodeObject;
