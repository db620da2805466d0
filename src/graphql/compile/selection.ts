// Look-ahead: the fields a selection set asks for on one object type, with fragments spread, @skip and
// @include applied and arguments read (literals or variables). Fields are grouped by name and arguments,
// not by alias: aliases asking for the same list with the same arguments read it once, and their
// sub-selections are merged. Enum literals are read as their internal (stored) values, as graphql-js
// coerces them for the resolvers: `origin: CURATED` and `$origin` both arrive as 'curated'.
import type { FieldNode, FragmentDefinitionNode, GraphQLSchema, SelectionNode, ValueNode } from 'graphql';
import { conditionApplies } from '../types/registry.js';

export interface Walk {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Where enum arguments find their internal values. */
  schema: GraphQLSchema;
}

export interface SelectedField {
  name: string;
  args: Record<string, unknown>;
  /** The sub-selections of every occurrence, merged. */
  selections: SelectionNode[];
}

type EnumValueOf = (name: string) => unknown;

/** A literal or variable argument value (variables arrive already coerced by graphql-js). */
export function valueOf(node: ValueNode, variables: Record<string, unknown>, enumValue: EnumValueOf = (name) => name): unknown {
  switch (node.kind) {
    case 'Variable': return variables[node.name.value];
    case 'IntValue': return Number.parseInt(node.value, 10);
    case 'FloatValue': return Number.parseFloat(node.value);
    case 'StringValue': return node.value;
    case 'EnumValue': return enumValue(node.value);
    case 'BooleanValue': return node.value;
    case 'NullValue': return null;
    case 'ListValue': return node.values.map((v) => valueOf(v, variables, enumValue));
    case 'ObjectValue': return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
  }
}

/**
 * The internal value of an enum literal given to `typeName.fieldName(argName:)`. Duck-typed (getFields,
 * ofType, getValue) rather than with graphql's type guards: under vitest the schema's types may come from
 * the other copy of graphql (see middleware/storedFields.ts).
 */
function enumValueOf(schema: GraphQLSchema, typeName: string, fieldName: string, argName: string): EnumValueOf {
  type Duck = { ofType?: Duck; getValue?: (name: string) => { value: unknown } | undefined };
  const owner = schema.getType(typeName) as { getFields?: () => Record<string, { args: { name: string; type: Duck }[] }> } | undefined;
  let type: Duck | undefined = owner?.getFields?.()[fieldName]?.args.find((a) => a.name === argName)?.type;
  while (type?.ofType) type = type.ofType;
  const enumType = type;
  return (name) => enumType?.getValue?.(name)?.value ?? name;
}

function included(node: SelectionNode, variables: Record<string, unknown>): boolean {
  for (const d of node.directives ?? []) {
    const arg = d.arguments?.find((a) => a.name.value === 'if');
    const value = arg ? valueOf(arg.value, variables) === true : false;
    if (d.name.value === 'skip' && value) return false;
    if (d.name.value === 'include' && !value) return false;
  }
  return true;
}

/** The arguments of `field`, selected on `typeName`. */
export function argsOf(field: FieldNode, typeName: string, walk: Walk): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const a of field.arguments ?? []) {
    const value = valueOf(a.value, walk.variables, enumValueOf(walk.schema, typeName, field.name.value, a.name.value));
    if (value !== undefined) args[a.name.value] = value;
  }
  return args;
}

/** The key that groups occurrences: the field name and its arguments. */
export function groupKey(name: string, args: Record<string, unknown>): string {
  const keys = Object.keys(args).filter((k) => args[k] !== null && args[k] !== undefined).sort();
  return keys.length === 0 ? name : `${name}(${keys.map((k) => `${k}:${JSON.stringify(args[k])}`).join(',')})`;
}

/** The fields selected on `typeName` (directly, or in fragments on it or an interface of it), grouped by groupKey, in first-seen order. */
export function fieldsOn(selections: readonly SelectionNode[], typeName: string, walk: Walk): Map<string, SelectedField> {
  const out = new Map<string, SelectedField>();
  const visit = (nodes: readonly SelectionNode[]) => {
    for (const node of nodes) {
      if (!included(node, walk.variables)) continue;
      if (node.kind === 'Field') {
        const args = argsOf(node, typeName, walk);
        const key = groupKey(node.name.value, args);
        const seen = out.get(key);
        const sub = node.selectionSet?.selections ?? [];
        if (seen) seen.selections.push(...sub);
        else out.set(key, { name: node.name.value, args, selections: [...sub] });
      } else if (node.kind === 'InlineFragment') {
        if (!node.typeCondition || conditionApplies(node.typeCondition.name.value, typeName)) visit(node.selectionSet.selections);
      } else {
        const fragment = walk.fragments[node.name.value];
        if (fragment && conditionApplies(fragment.typeCondition.name.value, typeName)) visit(fragment.selectionSet.selections);
      }
    }
  };
  visit(selections);
  return out;
}
