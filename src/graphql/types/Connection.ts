// Relay connections in the @neo4j/graphql style: `{ totalCount pageInfo edges { cursor node ... } }` for
// the top-level pages (roles, skills, ...) and for every relationship list's `<field>Connection` twin,
// where an edge also carries the relationship's properties.
import type { ClassType } from 'type-graphql';
import { EDGE_SHAPES, type EdgeShapeName } from '../../relationships.js';
import { addFields, addObjectField, objectType, typeOf } from './define.js';
import { addShapeFields, farLabelOf } from './items.js';
import { PageInfo } from './PageInfo.js';

const connections = new Map<string, ClassType>();

function connectionType(name: string, edge: ClassType, what: string): ClassType {
  const cls = objectType(`${name}Connection`, `A page of ${what}.`);
  addObjectField(cls, 'edges', () => [edge], `The ${what} of this page, in the list's order.`);
  addObjectField(cls, 'pageInfo', () => PageInfo, 'Where this page ends and whether more follow.');
  addFields(cls, { totalCount: { type: 'Int', description: `How many ${what} there are, over all pages.` } });
  connections.set(name, cls);
  return cls;
}

const CURSOR = { cursor: { type: 'String' as const, description: 'Opaque position of this item; pass it as `after` to continue after it.' } };

/** The connection of a node type: edges of `{ cursor node }`. */
function nodeConnection(label: string, plural: string): ClassType {
  const edge = objectType(`${label}Edge`, `One ${label.toLowerCase()} in a page, with its cursor.`);
  addFields(edge, CURSOR);
  addObjectField(edge, 'node', () => typeOf(label), `The ${label.toLowerCase()}.`);
  return connectionType(label, edge, plural);
}

/** The connection of an edge shape: edges carry the relationship's properties beside `node`. */
function shapeConnection(shape: EdgeShapeName): ClassType {
  const edge = objectType(`${shape}Edge`, `${EDGE_SHAPES[shape].description} With its cursor.`);
  addFields(edge, CURSOR);
  addShapeFields(edge, EDGE_SHAPES[shape], () => typeOf(farLabelOf(shape)), 'node');
  return connectionType(shape, edge, `${shape} items`);
}

export const RoleConnection = nodeConnection('Role', 'roles');
export const SkillConnection = nodeConnection('Skill', 'skills');
export const ToolConnection = nodeConnection('Tool', 'tools');
export const PracticeConnection = nodeConnection('Practice', 'practices');
nodeConnection('Metric', 'metrics');
for (const shape of Object.keys(EDGE_SHAPES) as EdgeShapeName[]) {
  if (EDGE_SHAPES[shape].kind === 'edge') shapeConnection(shape);
}
nodeConnection('Statement', 'statements');

/** The connection type of a relationship list: by its edge shape, else by its far node type. */
export function connectionTypeOf(shape: EdgeShapeName | undefined): (far: string) => ClassType {
  return (far) => {
    const key = shape && EDGE_SHAPES[shape].kind === 'edge' ? shape : shape ?? far;
    const cls = connections.get(key);
    if (!cls) throw new Error(`No connection type for ${key}`);
    return cls;
  };
}
