// The longest list of each kind in the loaded graph (a role's skills, a skill's roles, ...), measured on
// the projection each time it loads. The API prices list fields by these before running a query, so a
// list is charged for what it can really return on this graph, not for a guess.
import type { RoleProfile } from '../domain/profile.js';

export interface ListBounds {
  skillsPerRole: number;
  toolsPerRole: number;
  practicesPerRole: number;
  metricsPerRole: number;
  collaboratorsPerRole: number;
  movesPerRole: number;
  rolesPerSkill: number;
  rolesPerTool: number;
}

export type BoundKey = keyof ListBounds;

/** Before the graph has been measured every list is assumed as long as the largest allowed page. */
export function unmeasuredBounds(maxListFirst: number): ListBounds {
  return {
    skillsPerRole: maxListFirst,
    toolsPerRole: maxListFirst,
    practicesPerRole: maxListFirst,
    metricsPerRole: maxListFirst,
    collaboratorsPerRole: maxListFirst,
    movesPerRole: maxListFirst,
    rolesPerSkill: maxListFirst,
    rolesPerTool: maxListFirst,
  };
}

/** Measures every bound over the roles' requirements (own and borrowed) and recorded moves (at least 1 each). */
export function measureBounds(roles: readonly RoleProfile[], movesPerRole: readonly number[]): ListBounds {
  const b: ListBounds = { skillsPerRole: 1, toolsPerRole: 1, practicesPerRole: 1, metricsPerRole: 1, collaboratorsPerRole: 1, movesPerRole: 1, rolesPerSkill: 1, rolesPerTool: 1 };
  const perSkill = new Map<string, number>();
  const perTool = new Map<string, number>();
  for (const r of roles) {
    // Answers list borrowed requirements beside the role's own (skillGap, matchRoles).
    b.skillsPerRole = Math.max(b.skillsPerRole, r.skills.size + (r.borrowedSkills?.size ?? 0));
    b.toolsPerRole = Math.max(b.toolsPerRole, r.tools.size + (r.borrowedTools?.size ?? 0));
    b.practicesPerRole = Math.max(b.practicesPerRole, r.practices.size);
    b.metricsPerRole = Math.max(b.metricsPerRole, r.metrics.size);
    b.collaboratorsPerRole = Math.max(b.collaboratorsPerRole, r.collaborators.size);
    for (const s of r.skills.keys()) perSkill.set(s, (perSkill.get(s) ?? 0) + 1);
    for (const t of r.tools) perTool.set(t, (perTool.get(t) ?? 0) + 1);
  }
  for (const n of perSkill.values()) b.rolesPerSkill = Math.max(b.rolesPerSkill, n);
  for (const n of perTool.values()) b.rolesPerTool = Math.max(b.rolesPerTool, n);
  for (const n of movesPerRole) b.movesPerRole = Math.max(b.movesPerRole, n);
  return b;
}
