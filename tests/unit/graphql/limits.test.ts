import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { buildSchema, Kind, parse, validate, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { depthLimitRule, depthsOf } from '../../../src/graphql/plugins/depthLimit.js';
import { unmeasuredBounds } from '../../../src/analytics/bounds.js';
import { measure } from '../../../src/graphql/plugins/complexity.js';

const printed = `
  type Query { role(id: ID): Role, roles(first: Int): [Role!]! }
  type Role { id: ID!, name: String!, skills(first: Int): [Skill!]!, related: [Role!]! }
  type Skill { id: ID!, roles(first: Int): [Role!]! }
`;
const schema = buildSchema(printed);

function depths(source: string) {
  const doc = parse(source);
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return depthsOf(op.selectionSet, fragments);
}
const depth = (source: string) => depths(source).data;

describe('depth limit', () => {
  it('counts nested fields, through fragments and inline fragments', () => {
    expect(depth('{ role { id } }')).toBe(2);
    expect(depth('{ role { related { related { id } } } }')).toBe(4);
    expect(depth('{ role { ...F } } fragment F on Role { related { ... on Role { related { id } } } }')).toBe(4);
  });

  it('counts introspection apart, through fragments too, and survives fragment cycles', () => {
    expect(depths('{ __schema { types { fields { type { ofType { ofType { name } } } } } } role { id } }')).toEqual({ data: 2, introspection: 7 });
    expect(depths('{ role { __typename } }')).toEqual({ data: 2, introspection: 0 });
    expect(depths('{ ...Q } fragment Q on Query { __type(name: "Role") { fields { name } } }')).toEqual({ data: 0, introspection: 3 });
    expect(depth('{ role { ...A } } fragment A on Role { related { ...B } } fragment B on Role { related { ...A } }')).toBeGreaterThan(0);
  });

  it('refuses introspection nested deeper than its own limit', () => {
    const deep = `{ __schema { types { ${'ofType { '.repeat(14)}name${' }'.repeat(14)} } } }`;
    const errors = validate(schema, parse(deep), [depthLimitRule(10, 15)]);
    expect(errors.map((e) => e.message)).toEqual(['The operation nests introspection 17 levels deep; the limit is 15.']);
    expect(validate(schema, parse('{ __schema { types { fields { type { ofType { name } } } } } }'), [depthLimitRule(3, 15)])).toHaveLength(0);
  });

  it('reports operations over the limit as validation errors naming the limit', () => {
    const errors = validate(schema, parse('query Deep { role { related { related { related { id } } } } }'), [depthLimitRule(3, 15)]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('"Deep" is nested 5 levels deep; the limit is 3.');
    expect(validate(schema, parse('{ role { related { id } } }'), [depthLimitRule(3, 15)])).toHaveLength(0);
  });
});

describe('complexity and page caps', () => {
  // The app's schema comes from the CommonJS copy of graphql (type-graphql's), and so must this one.
  const cjs = createRequire(import.meta.url)('graphql') as typeof import('graphql');
  const schema = cjs.buildSchema(printed);
  const limits = { maxComplexity: 1000, maxFirst: 100, maxListFirst: 500 };
  const bounds = unmeasuredBounds(500);
  it('weights fields that take first by its value (or the default page)', () => {
    expect(measure(schema, parse('{ role { id } }'), {}, undefined, limits, bounds).complexity).toBe(2);
    expect(measure(schema, parse('{ roles(first: 10) { id } }'), {}, undefined, limits, bounds).complexity).toBe(11);
    expect(measure(schema, parse('query($n: Int) { roles(first: $n) { skills(first: 5) { id } } }'), { n: 10 }, undefined, limits, bounds).complexity).toBe(1 + 10 * (1 + 5 * 1));
    expect(measure(schema, parse('{ roles { id } }'), {}, undefined, limits, bounds).complexity).toBe(1 + 20);
  });

  it('finds every first out of its range, above and below, at the top and nested, from literals or variables', () => {
    const range = (q: string, v: Record<string, unknown> = {}) => measure(schema, parse(q), v, undefined, limits, bounds).outOfRange;
    expect(range('{ roles(first: 101) { id } }')).toEqual([{ field: 'roles', argument: 'first', value: 101, min: 1, max: 100 }]);
    expect(range('{ roles(first: 0) { id } }')).toEqual([{ field: 'roles', argument: 'first', value: 0, min: 1, max: 100 }]);
    expect(range('query($n: Int) { roles(first: 2) { skills(first: $n) { id } } }', { n: 501 })).toEqual([{ field: 'skills', argument: 'first', value: 501, min: 1, max: 500 }]);
    expect(range('{ roles(first: 2) { skills(first: -1) { id } } }')).toEqual([{ field: 'skills', argument: 'first', value: -1, min: 1, max: 500 }]);
    expect(range('{ roles(first: 100) { skills(first: 500) { id } } }')).toEqual([]);
  });
});
