// Every node type, by label: importing this module declares them all.
import type { ClassType } from 'type-graphql';
import type { NodeLabel } from '../../model.js';
import { Metric } from './Metric.js';
import { Practice } from './Practice.js';
import { Role } from './Role.js';
import { Skill } from './Skill.js';
import { Source } from './Source.js';
import { Tool } from './Tool.js';

export const NODE_TYPES: Record<NodeLabel, ClassType> = { Role, Skill, Tool, Practice, Metric, Source };
