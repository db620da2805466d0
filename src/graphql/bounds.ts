// How long a list field can be, declared on the field (extensions.listBound) and priced by the complexity
// plugin. A bound names a maximum measured on the loaded graph (src/analytics/bounds.ts) or is a fixed
// number (compareRoles takes at most 5 roles).
import { Extensions } from 'type-graphql';
import type { BoundKey, ListBounds } from '../analytics/bounds.js';

export type { BoundKey, ListBounds };

export function boundOf(declared: unknown, bounds: ListBounds): number | undefined {
  if (typeof declared === 'number') return declared;
  if (typeof declared === 'string' && Object.hasOwn(bounds, declared)) return bounds[declared as BoundKey];
  return undefined;
}

/** Declares a list field's bound: `@Bounded('skillsPerRole')` or `@Bounded(5)`. */
export function Bounded(bound: BoundKey | number): MethodDecorator & PropertyDecorator {
  return Extensions({ listBound: bound });
}
