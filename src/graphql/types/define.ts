// Object types declared as tables of fields rather than one decorated property each: the node types
// (Role, Skill, ...) and the relationship item types are built here, and the selection compiler reads the
// same tables to know which fields are stored properties (src/graphql/compile/).
import { ArgsType, Field, Float, ID, InputType, Int, InterfaceType, ObjectType, UseMiddleware, type ClassType } from 'type-graphql';
import { Hydrate, SourcesById } from '../middleware/storedFields.js';
import { registerType, type FieldSpec, type ScalarName } from './registry.js';
export { conditionApplies, storedFieldsOf } from './registry.js';

export type { FieldSpec, ScalarName } from './registry.js';

const SCALARS: Record<ScalarName, () => unknown> = {
  ID: () => ID,
  String: () => String,
  Int: () => Int,
  Float: () => Float,
  Boolean: () => Boolean,
  '[String]': () => [String],
};

const types = new Map<string, ClassType>();

/** The GraphQL type an object stands for, when it is returned through an interface (Node). */
const TYPE_NAME = Symbol('GraphQL type name');

/** Marks an object as being of `typeName` (kept off its enumerable keys, so spreading and marks like `complete` are untouched). */
export function ofType<T extends object>(obj: T, typeName: string): T {
  Object.defineProperty(obj, TYPE_NAME, { value: typeName, enumerable: false });
  return obj;
}

/**
 * Relay's Global Object Identification: every node type implements Node, and `node(id:)` / `nodes(ids:)`
 * fetch any of them. Ids are already unique across labels, so they are used as they are.
 */
export const Node = (() => {
  const cls = { Node: class {} }.Node;
  InterfaceType('Node', {
    description: 'Anything with a stable id that node(id:) refetches: Role, Skill, Tool, Practice, Metric, Source. Ids are unique across these types.',
    resolveType: (value: object) => (value as Record<symbol, string | undefined>)[TYPE_NAME],
  })(cls);
  Field(() => ID, { description: 'The node\'s id, unique across every node type.' })(cls.prototype, 'id');
  return cls;
})();

/** A named, empty class registered as a GraphQL object type (implementing the given interfaces). */
export function objectType(name: string, description: string, implementing: { name: string; cls: ClassType }[] = []): ClassType {
  const cls = { [name]: class {} }[name];
  ObjectType(name, implementing.length > 0 ? { description, implements: implementing.map((i) => i.cls) } : { description })(cls);
  types.set(name, cls);
  registerType(name, { interfaces: implementing.map((i) => i.name) });
  return cls;
}

/** Adds scalar fields; with `hydrate`, a field an object lacks is read from its stored node (storedFields.ts). */
export function addFields(cls: ClassType, fields: Record<string, FieldSpec>, opts: { hydrate?: boolean; property?: Record<string, string> } = {}): void {
  for (const [name, spec] of Object.entries(fields)) {
    const property = opts.property?.[name] ?? name;
    Field((spec.of ?? SCALARS[spec.type]) as () => never, { name, nullable: spec.nullable ?? false, description: spec.description })(cls.prototype, property);
    if (opts.hydrate && name !== 'id' && name !== 'name') UseMiddleware(Hydrate)(cls.prototype, property);
  }
}

/** A class of field arguments (`@Args`), from a table of fields. */
export function argsType<T extends object>(name: string, fields: Record<string, FieldSpec>): ClassType<T> {
  const cls = { [name]: class {} }[name];
  ArgsType()(cls);
  addFields(cls, fields);
  return cls as ClassType<T>;
}

/** An input type from a table of fields. */
export function inputType<T extends object>(name: string, description: string, fields: Record<string, FieldSpec>): ClassType<T> {
  const cls = { [name]: class {} }[name];
  InputType(name, { description })(cls);
  addFields(cls, fields);
  return cls as ClassType<T>;
}

/** Adds a field of another object type (or a list of them) read from `property`. */
export function addObjectField(cls: ClassType, name: string, type: () => unknown, description: string, property = name): void {
  Field(type as () => never, { name, description })(cls.prototype, property);
}

/** Adds `sources`: the Source nodes named by the stored `sources` ids. */
export function addSources(cls: ClassType, description: string): void {
  Field(() => [sourceType()], { description })(cls.prototype, 'sources');
  UseMiddleware(SourcesById)(cls.prototype, 'sources');
}

/** What a node record looks like to TypeScript: id and name, and whatever else was read. */
export interface NodeObject {
  id: string;
  name: string;
  [property: string]: unknown;
}


/** A node type: its stored properties (read from the node), plus `sources` when described. */
export function nodeType(label: string, description: string, fields: Record<string, FieldSpec>, sources?: string): ClassType<NodeObject> {
  const cls = objectType(label, description, [{ name: 'Node', cls: Node }]);
  addFields(cls, fields, { hydrate: true });
  if (sources) addSources(cls, sources);
  registerType(label, { storedFields: fields });
  return cls as ClassType<NodeObject>;
}

/** The class of an object type declared here (thunks resolve it lazily, after every module loaded). */
export function typeOf(label: string): ClassType {
  const cls = types.get(label);
  if (!cls) throw new Error(`No GraphQL type declared for ${label}`);
  return cls;
}

function sourceType(): ClassType {
  return typeOf('Source');
}
