// Prices introspection like any other selection. Its lists are as long as the schema makes them: the
// number of types, and per type about as many fields, arguments or values as the schema holds on average
// (doubled, so a full introspection query is not underestimated); a type's lists are priced the same
// whichever type it is, because the estimator does not see which one is selected.
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
  const nonEmpty = counts.filter((n) => n > 0);
  return nonEmpty.length === 0 ? 1 : Math.ceil((2 * nonEmpty.reduce((a, b) => a + b, 0)) / nonEmpty.length);
}

/** `Parent.field` → the length its lists are priced at. */
export function introspectionListSizes(schema: GraphQLSchema): ListSizes {
  let sizes = sizesBySchema.get(schema);
  if (sizes) return sizes;
  const types = Object.values(schema.getTypeMap());
  const fields = types.map((t) => (isObjectType(t) || isInterfaceType(t) ? Object.keys(t.getFields()).length : 0));
  const args = types.flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()).map((f) => f.args.length) : []));
  const directives = schema.getDirectives();
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
  };
  sizesBySchema.set(schema, sizes);
  return sizes;
}

export function introspectionEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const sizes = introspectionListSizes(schema);
  return ({ type, field, childComplexity }) => {
    const size = sizes[`${type.name}.${field.name}`];
    if (size === undefined) return undefined;
    return 1 + size * Math.max(1, childComplexity);
  };
}
