// The plain-data shape every analytics function works on: a role's requirements, keyed by id.
// Weights: a skill weighs its importance (1–5); a tool weighs TOOL_WEIGHT, like an optional skill.

export interface RoleProfile {
  id: string;
  name: string;
  /** Required skills: skill id → importance (1–5). */
  skills: ReadonlyMap<string, number>;
  tools: ReadonlySet<string>;
  practices: ReadonlySet<string>;
  metrics: ReadonlySet<string>;
  /** Roles this role collaborates with (ids). */
  collaborators: ReadonlySet<string>;
}

/** A tool counts as much as an ESCO "optional" skill (importance 2). */
export const TOOL_WEIGHT = 2;
/** The top of the importance scale; effort is expressed in "skills of importance 5". */
export const MAX_IMPORTANCE = 5;

export function emptyProfile(id: string, name = id): RoleProfile {
  return { id, name, skills: new Map(), tools: new Set(), practices: new Set(), metrics: new Set(), collaborators: new Set() };
}

/** Σ importance over the required skills. */
export function skillWeight(p: Pick<RoleProfile, 'skills'>): number {
  let w = 0;
  for (const imp of p.skills.values()) w += imp;
  return w;
}

/** The role's weighted requirements: its skills' importances plus TOOL_WEIGHT per tool. */
export function requirementWeight(p: Pick<RoleProfile, 'skills' | 'tools'>): number {
  return skillWeight(p) + TOOL_WEIGHT * p.tools.size;
}

/**
 * Code-unit string order, the order Cypher's ORDER BY uses, so TypeScript and the Browser
 * queries break ties the same way (localeCompare would not).
 */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders roles by name, then id: the final tie-break of every ranking. */
export function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return byText(a.name, b.name) || byText(a.id, b.id);
}
