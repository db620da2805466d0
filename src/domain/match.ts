// A person's skills and tools against each role's weighted requirements (matchRoles).
import { gapCost } from './gap.js';
import { byNameThenId, byText, TOOL_WEIGHT, type RoleProfile } from './profile.js';
import { buildSimilarityIndex, type SimilarityIndex } from './similarity.js';

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
 * roles the profile does not touch at all are left out. Scores through the skill postings of `index`
 * (built over `roles`), so the cost follows the roles the person's skills reach, then builds the
 * matched/missing lists for the `first` best only.
 */
export function rankMatches(person: Person, roles: readonly RoleProfile[], first: number, index: SimilarityIndex = buildSimilarityIndex(roles)): RoleMatchResult[] {
  const met = new Float64Array(roles.length);
  const hits = new Int32Array(roles.length);
  const touched: number[] = [];
  const touch = (role: number, weight: number) => {
    if (hits[role] === 0) touched.push(role);
    met[role] += weight;
    hits[role]++;
  };
  for (const id of person.skills) {
    const list = index.postings.get(id);
    if (list) for (let k = 0; k < list.roles.length; k++) touch(list.roles[k], list.importances[k]);
  }
  if (person.tools.size > 0) {
    roles.forEach((role, i) => {
      for (const id of person.tools) if (role.tools.has(id)) touch(i, TOOL_WEIGHT);
    });
  }
  const scored = touched.map((i) => ({ role: roles[i], coverage: met[i] / (index.weights[i] + TOOL_WEIGHT * roles[i].tools.size), hits: hits[i] }));
  return scored
    .sort((a, b) => b.coverage - a.coverage || b.hits - a.hits || byNameThenId(a.role, b.role))
    .slice(0, first)
    .map((s) => matchRole(person, s.role));
}
