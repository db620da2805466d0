import { nodeType, type NodeObject } from './define.js';

export const Metric = nodeType('Metric', 'Something a role is judged by (system uptime, API response time, developer onboarding time, ...).', {
  id: { type: 'ID', description: 'Stable slug id.' },
  name: { type: 'String', description: 'Canonical name.' },
  aliases: { type: '[String]', description: 'Other names.' },
  description: { type: 'String', nullable: true, description: 'What the metric measures.' },
}, 'The articles that name this metric.');
export type Metric = NodeObject;
