// The plain-data shape every analytics function works on: a role's own requirements (its nodes, for
// naming them in answers) and the same requirements in the shared concept space (src/domain/concepts.ts).
import { EMPTY_NEEDS, type Needs } from './concepts.js';

/** What a source knows of a role's requirements. */
export type SkillData =
  /** the source rates its skills (ESCO, O*NET Skills/Knowledge, the curated articles) */
  | 'rated'
  /** O*NET lists its technologies but rates no skills for it */
  | 'tools-only'
  /** nothing of its own: its requirements are borrowed from the occupations it maps to (inferred) */
  | 'borrowed'
  /** nothing at all */
  | 'none';

export interface RoleProfile {
  id: string;
  name: string;
  origin: string;
  /** Required skills: skill id → importance (1–5). Borrowed requirements are not listed here. */
  skills: ReadonlyMap<string, number>;
  tools: ReadonlySet<string>;
  practices: ReadonlySet<string>;
  metrics: ReadonlySet<string>;
  /** Roles this role collaborates with (ids). */
  collaborators: ReadonlySet<string>;
  /** Tools O*NET marks as hot technologies for this role. */
  hotTools?: ReadonlySet<string>;
  /** The requirements in concept space (borrowed ones included). */
  needs: Needs;
  skillData: SkillData;
  /** Occupations whose requirements a role without its own borrowed (ids). */
  borrowedFrom?: readonly string[];
  /** The skills (id → importance) and tools borrowed from them, listed in answers as inferred. */
  borrowedSkills?: ReadonlyMap<string, number>;
  borrowedTools?: ReadonlySet<string>;
}

/** A tool counts as much as an ESCO "optional" skill (importance 2); a hot technology as a useful skill. */
export const TOOL_WEIGHT = 2;
export const HOT_TOOL_WEIGHT = 3;
/**
 * O*NET lists every technology seen in an occupation (Software Developers: 300), a pool of alternatives
 * rather than what each person must know: a role's tools together weigh at most as much as this many
 * tools would, each scaled down alike (docs/analytics.md).
 */
export const TOOL_BUDGET = 12;
export const PRACTICE_WEIGHT = 2;
/** The top of the importance scale; effort is expressed in "skills of importance 5". */
export const MAX_IMPORTANCE = 5;

/** A role with requirements but no concept vector yet (tests and builders fill `needs` afterwards). */
export function profile(fields: Pick<RoleProfile, 'id' | 'name'> & Partial<RoleProfile>): RoleProfile {
  return {
    origin: 'curated',
    skills: new Map(),
    tools: new Set(),
    practices: new Set(),
    metrics: new Set(),
    collaborators: new Set(),
    needs: EMPTY_NEEDS,
    skillData: 'rated',
    ...fields,
  };
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
