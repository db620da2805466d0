// A person's skills and tools against each role's weighted requirements (matchRoles).
import { gapCost } from './gap.js';
import { byNameThenId, byText, requirementWeight, TOOL_WEIGHT, type RoleProfile } from './profile.js';

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
 * roles the profile does not touch at all are left out. Scores every role cheaply, then builds the
 * matched/missing lists for the `first` best only.
 */
export function rankMatches(person: Person, roles: readonly RoleProfile[], first: number): RoleMatchResult[] {
  const scored: Array<{ role: RoleProfile; coverage: number; hits: number }> = [];
  for (const role of roles) {
    let met = 0;
    let hits = 0;
    for (const id of person.skills) {
      const imp = role.skills.get(id);
      if (imp !== undefined) { met += imp; hits++; }
    }
    for (const id of person.tools) if (role.tools.has(id)) { met += TOOL_WEIGHT; hits++; }
    if (hits === 0) continue;
    const total = requirementWeight(role);
    scored.push({ role, coverage: met / total, hits });
  }
  return scored
    .sort((a, b) => b.coverage - a.coverage || b.hits - a.hits || byNameThenId(a.role, b.role))
    .slice(0, first)
    .map((s) => matchRole(person, s.role));
}
