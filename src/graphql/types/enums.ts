// The closed vocabularies of the graph as GraphQL enums, the same type in inputs and outputs. The graph
// stores lower-case words ('curated', 'growth', 'job'); GraphQL names them in UPPER_CASE. Each enum maps
// the GraphQL name to the stored word (CURATED → 'curated'), so resolvers, the selection compiler and the
// Cypher they run keep reading and writing the stored words: the mapping happens at the GraphQL boundary
// only, when graphql-js parses an argument or serializes a field.
import { registerEnumType } from 'type-graphql';
import { EQUIVALENT_KIND, SIMILAR_KIND } from '../../domain/moves.js';
import { MOVE_KINDS, ORIGINS, ROLE_KINDS } from '../../model.js';

type StoredEnum<V extends string> = { readonly [K in V as Uppercase<K>]: K };

/** An enum object whose GraphQL names are the upper-cased stored values (`{ CURATED: 'curated' }`). */
function storedEnum<const V extends string>(values: readonly V[], name: string, description: string, valueDescriptions: Record<V, string>): StoredEnum<V> {
  const enumObj = Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as StoredEnum<V>;
  const valuesConfig = Object.fromEntries(values.map((v) => [v.toUpperCase(), { description: valueDescriptions[v] }]));
  registerEnumType(enumObj, { name, description, valuesConfig: valuesConfig as never });
  return enumObj;
}

export const Origin = storedEnum(ORIGINS, 'Origin', 'Where a node comes from (stored lower-case as `origin`).', {
  curated: 'The curated graph, from the source articles (data/curated).',
  esco: 'The ESCO classification.',
  onet: 'The O*NET database.',
  api: 'Written through the curation mutations.',
});

export const RoleKind = storedEnum(ROLE_KINDS, 'RoleKind', 'What a curated role is: a job a person holds, or a group or party jobs work with (never moved into).', {
  job: 'A job title.',
  team: 'A group a role works with (backend team, infrastructure, ...).',
  stakeholder: 'A party a role serves or answers to (company executives, the client, ...).',
});

/**
 * The kind of a career move. A recorded move (CAN_MOVE_TO) is GROWTH, LATERAL, SPECIALIZATION or RELATED;
 * SIMILAR is a move the engine infers from skill similarity and EQUIVALENT a route's free step to the same
 * occupation in another source; neither is stored (addCareerMove refuses them).
 */
export const CareerMoveKind = storedEnum([...MOVE_KINDS, SIMILAR_KIND, EQUIVALENT_KIND], 'CareerMoveKind', 'The kind of a career move: GROWTH (a step up), LATERAL, SPECIALIZATION or RELATED for moves recorded in the graph; SIMILAR for a move inferred from skill similarity; EQUIVALENT for a route step to the same occupation under another source\'s name (answers only, never recorded).', {
  growth: 'A step up.',
  lateral: 'A move sideways, at a similar level.',
  specialization: 'A narrower role within the same field.',
  related: 'A dataset\'s recorded relatedness (O*NET Related Occupations), never stated by an article.',
  similar: 'Inferred from skill similarity; not recorded in the graph, so addCareerMove refuses it.',
  equivalent: 'No job change: the same occupation under the other taxonomy\'s name (a close MAPS_TO link between ESCO and O*NET, e.g. ESCO "software developer" and O*NET "Software Developers"). Costs 0.5 (for the uncertainty of the mapping, so a direct move of about the same cost wins), asks nothing to learn and does not count against careerPaths\' maxSteps; only in routes.',
});

/** The enums item properties name (src/relationships.ts, PropSpec.enum). */
export const ENUMS = { CareerMoveKind } as const;

/** The stored values, as TypeScript types. */
export type Origin = (typeof Origin)[keyof typeof Origin];
export type RoleKind = (typeof RoleKind)[keyof typeof RoleKind];
export type CareerMoveKind = (typeof CareerMoveKind)[keyof typeof CareerMoveKind];
