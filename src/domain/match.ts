// A person's skills and tools against each role's weighted requirements (matchRoles).
import { gapCost } from './gap.js';
import { byNameThenId, byText, type RoleProfile } from './profile.js';

export interface Person {
  skills: ReadonlySet<string>;
  tools: ReadonlySet<string>;
}

export interface RoleMatchResult {
  id: string;
  /** Met weight / the role's requirement weight (skills by importance, tools by TOOL_WEIGHT), in [0, 1]; as skillGap's coverage. */
  coverage: number;
  /** Role skills the person has, by importance then id. */
  matched: string[];
  /** Role skills the person lacks, by importance then id. */
  missing: string[];
  matchedTools: string[];
  missingTools: string[];
}

export function matchRole(person: Person, role: RoleProfile): RoleMatchResult {
  const skills = [...role.skills].sort(([a, ia], [b, ib]) => ib - ia || byText(a, b));
  const tools = [...role.tools].sort(byText);
  return {
    id: role.id,
    coverage: gapCost(person, role).coverage,
    matched: skills.filter(([id]) => person.skills.has(id)).map(([id]) => id),
    missing: skills.filter(([id]) => !person.skills.has(id)).map(([id]) => id),
    matchedTools: tools.filter((t) => person.tools.has(t)),
    missingTools: tools.filter((t) => !person.tools.has(t)),
  };
}

/**
 * Roles ranked by coverage (then by the number of matched skills and tools, then name and id);
 * roles the profile does not touch at all are left out.
 */
export function rankMatches(person: Person, roles: readonly RoleProfile[], first: number): RoleMatchResult[] {
  const scored: Array<{ m: RoleMatchResult; role: RoleProfile; hits: number }> = [];
  for (const role of roles) {
    let touches = false;
    for (const id of person.skills) if (role.skills.has(id)) { touches = true; break; }
    if (!touches) for (const id of person.tools) if (role.tools.has(id)) { touches = true; break; }
    if (!touches) continue;
    const m = matchRole(person, role);
    scored.push({ m, role, hits: m.matched.length + m.matchedTools.length });
  }
  return scored
    .sort((a, b) => b.m.coverage - a.m.coverage || b.hits - a.hits || byNameThenId(a.role, b.role))
    .slice(0, first)
    .map((s) => s.m);
}
