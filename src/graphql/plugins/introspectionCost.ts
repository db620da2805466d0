// Prices introspection like any other selection, by what it really returns on this schema: `types` is as
// long as the schema's type list, and every per-type or per-field list (fields, arguments, enum values,
// ...) as long as it is on average over the schema, so a query over the whole schema is priced at about
// its real size; a type reference's `ofType` chain is priced at its average real length, not at the nine
// levels GraphiQL asks for. The estimator cannot see which type a selection reaches, so `__type(name:)`
// of an unusually large type is underpriced by a small factor, bounded by the root-field cap.
import type { GraphQLNamedType, GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// By class name, not graphql's isObjectType() & co.: under vitest the schema and this module may see two
// copies of graphql, and the type guards reject types from the other copy.
const kind = (t: GraphQLNamedType) => t.constructor.name;
const isObjectType = (t: GraphQLNamedType): t is import('graphql').GraphQLObjectType => kind(t) === 'GraphQLObjectType';
const isInterfaceType = (t: GraphQLNamedType): t is import('graphql').GraphQLInterfaceType => kind(t) === 'GraphQLInterfaceType';
const isInputObjectType = (t: GraphQLNamedType): t is import('graphql').GraphQLInputObjectType => kind(t) === 'GraphQLInputObjectType';
const isEnumType = (t: GraphQLNamedType): t is import('graphql').GraphQLEnumType => kind(t) === 'GraphQLEnumType';
const isUnionType = (t: GraphQLNamedType): t is import('graphql').GraphQLUnionType => kind(t) === 'GraphQLUnionType';

type ListSizes = Record<string, number>;

const sizesBySchema = new WeakMap<GraphQLSchema, ListSizes>();

function mean(counts: number[]): number {
  return counts.length === 0 ? 0 : counts.reduce((a, b) => a + b, 0) / counts.length;
}

/** How many type wrappers (non-null, list) a type reference has. */
function wrappers(type: { ofType?: unknown }): number {
  let n = 0;
  for (let t = type.ofType as { ofType?: unknown } | undefined; t; t = t.ofType as { ofType?: unknown } | undefined) n++;
  return n;
}

/** `Parent.field` → the length its lists are priced at. */
export function introspectionListSizes(schema: GraphQLSchema): ListSizes {
  let sizes = sizesBySchema.get(schema);
  if (sizes) return sizes;
  const types = Object.values(schema.getTypeMap());
  const fields = types.map((t) => (isObjectType(t) || isInterfaceType(t) ? Object.keys(t.getFields()).length : 0));
  const fieldDefs = types.flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []));
  const args = fieldDefs.map((f) => f.args.length);
  const directives = schema.getDirectives();
  // A reference with w wrappers is a chain of w + 1 __Type nodes, w of which have an ofType.
  const refs = [...fieldDefs.map((f) => wrappers(f.type as { ofType?: unknown })), ...fieldDefs.flatMap((f) => f.args.map((a) => wrappers(a.type as { ofType?: unknown })))];
  const withOfType = refs.reduce((a, b) => a + b, 0) / Math.max(1, refs.reduce((a, b) => a + b + 1, 0));
  sizes = {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': mean(fields),
    '__Type.inputFields': mean(types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0))),
    '__Type.enumValues': mean(types.map((t) => (isEnumType(t) ? t.getValues().length : 0))),
    '__Type.interfaces': mean(types.map((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0))),
    '__Type.possibleTypes': mean(types.map((t) => (isUnionType(t) ? t.getTypes().length : isInterfaceType(t) ? schema.getPossibleTypes(t).length : 0))),
    '__Field.args': mean(args),
    '__Directive.args': mean(directives.map((d) => d.args.length)),
    '__Type.ofType': withOfType,
  };
  sizesBySchema.set(schema, sizes);
  return sizes;
}

export function introspectionEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const sizes = introspectionListSizes(schema);
  return ({ type, field, childComplexity }) => {
    const size = sizes[`${type.name}.${field.name}`];
    if (size === undefined) return undefined;
    // ofType is one object, present with that probability; the others are lists of that length.
    if (field.name === 'ofType') return size * (1 + childComplexity);
    return 1 + size * Math.max(1, childComplexity);
  };
}
