// The item types of relationship lists (RoleSkill, Collaboration, RoleMove, Crosswalk, SkillRole,
// Statement), built from the edge shapes of src/relationships.ts.
import type { ClassType } from 'type-graphql';
import { EDGE_SHAPES, RELATIONSHIPS, type EdgeShape, type EdgeShapeName, type PropSpec } from '../../relationships.js';
import { addFields, addObjectField, addSources, objectType, typeOf, type FieldSpec } from './define.js';
import { ENUMS } from './enums.js';
import './nodes.js';

/** Provenance every curated fact carries (docs/model.md): whether a source states it, where, and which sources. */
export const PROVENANCE: Record<'stated' | 'evidence', FieldSpec> = {
  stated: { type: 'Boolean', nullable: true, description: 'True when a source says it in so many words, false when only implied; null for imported facts.' },
  evidence: { type: '[String]', nullable: true, description: 'The passages or sections the sources state it in.' },
};
const SOURCES = 'The sources that state it.';

function propFields(props: Record<string, PropSpec>): Record<string, FieldSpec> {
  return Object.fromEntries(Object.entries(props).map(([name, p]) => [name, { type: p.type, of: p.enum ? () => ENUMS[p.enum!] : undefined, nullable: true, description: p.description }]));
}

/** The label at the far end of the lists that use a shape (they all end on one label). */
export function farLabelOf(shape: EdgeShapeName): string {
  const rel = RELATIONSHIPS.find((r) => r.item === shape || r.edge === shape);
  if (!rel) throw new Error(`Edge shape ${shape} is used by no relationship`);
  return rel.far;
}

/** Adds a shape's properties, provenance and (for edges) the far node under `nodeField`. */
export function addShapeFields(cls: ClassType, shape: EdgeShape, farType: () => unknown, nodeField: string): void {
  if (shape.kind === 'statement') {
    addFields(cls, { id: { type: 'ID', description: 'Stable slug id.' }, name: { type: 'String', description: 'The statement, as the sources put it.' } });
  }
  if (shape.provenance) {
    addFields(cls, PROVENANCE);
    addSources(cls, SOURCES);
  }
  if (shape.kind === 'edge') addObjectField(cls, nodeField, farType, `The ${farLabelOf(shapeName(shape)).toLowerCase()} at the other end.`, 'node');
  addFields(cls, propFields(shape.props));
}

function shapeName(shape: EdgeShape): EdgeShapeName {
  return (Object.keys(EDGE_SHAPES) as EdgeShapeName[]).find((k) => EDGE_SHAPES[k] === shape)!;
}

/**
 * A relationship item is a thing (this role requires this skill): its id names the shape and both ends,
 * set by the list's resolver, which knows the owner (relationshipFields.ts). Connection edges carry no id:
 * they are positions in one page (their cursor), not the relationship.
 */
const ITEM_ID: FieldSpec = { type: 'ID', description: 'Deterministic id from the two ends of the relationship (the list\'s owner and the node at the other end).' };

const itemTypes = new Map<string, ClassType>();
for (const [name, shape] of Object.entries(EDGE_SHAPES) as [EdgeShapeName, EdgeShape][]) {
  // Shapes only connection twins' edges use (RoleTool, ToolRole) are no list's item type.
  if (!RELATIONSHIPS.some((r) => r.item === name)) continue;
  const cls = objectType(name, shape.description);
  if (shape.kind === 'edge') addFields(cls, { id: ITEM_ID });
  addShapeFields(cls, shape, () => (shape.kind === 'edge' ? typeOf(farLabelOf(name)) : undefined), shape.nodeField ?? 'node');
  itemTypes.set(name, cls);
}

/** The GraphQL class of a list item: the shape's type, or the far node's type for node lists. */
export function itemTypeOf(shape: EdgeShapeName | undefined, far: string): ClassType {
  return shape ? itemTypes.get(shape)! : typeOf(far);
}
