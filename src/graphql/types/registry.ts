// What the selection compiler needs to know about the schema's types, kept apart from the type
// declarations (define.ts) so the compiler depends on no resolver or middleware: which interfaces a type
// implements and which of its fields are stored properties.
export type ScalarName = 'ID' | 'String' | 'Int' | 'Float' | 'Boolean' | '[String]';

export interface FieldSpec {
  type: ScalarName;
  /** Overrides `type` with another GraphQL type (an enum, a list of one). */
  of?: () => unknown;
  description: string;
  /** Non-null fields are always stored (or, for lists, read as [] when missing). */
  nullable?: boolean;
}


const interfaces = new Map<string, readonly string[]>();
const storedFields = new Map<string, Record<string, FieldSpec>>();

export function registerType(name: string, facts: { interfaces?: readonly string[]; storedFields?: Record<string, FieldSpec> }): void {
  if (facts.interfaces) interfaces.set(name, facts.interfaces);
  if (facts.storedFields) storedFields.set(name, facts.storedFields);
}

/** Whether a fragment's type condition applies to an object of `typeName`: the type itself or an interface of it. */
export function conditionApplies(condition: string, typeName: string): boolean {
  return condition === typeName || (interfaces.get(typeName)?.includes(condition) ?? false);
}

/** The stored scalar fields of a node type, or undefined for a type that is not a node type. */
export function storedFieldsOf(typeName: string): Record<string, FieldSpec> | undefined {
  return storedFields.get(typeName);
}
