// What the occupations a job maps to (MAPS_TO) give it: the requirements it borrows, for roles the sources
// rate on nothing or on technologies only, and for curated roles at a third of the weight (docs/analytics.md,
// "The requirement space"); and, between ESCO and O*NET, its equivalents (the same occupation in the other
// taxonomy), which routes step to without a job change. Part of building the projection (projection.ts).
import { FROM_TOOL, makeNeeds, withGroups, type ConceptSpace } from '../domain/concepts.js';
import type { RoleProfile } from '../domain/profile.js';

/** MAPS_TO links as the projection reads them (cypher/queries/analytics-occupations.cypher): parallel columns. */
export interface OccupationColumns { roles: number[]; targets: number[]; matches: string[] }

/** What a borrowed requirement weighs for a role that has requirements of its own (it is the occupation's, not the role's). */
const RATED_BORROW_WEIGHT = 0.3;

/**
 * The taxonomies whose occupations describe jobs at one level, so that a close link between them is one job
 * under two names. A curated role is narrower than the occupation it maps to closely (the labelled sample,
 * data/quality/links.yaml, calls Backend Developer ~ Software Developers and Frontend Developer ~ Web
 * Developers broader): a generic software developer is not a backend developer for free.
 */
const PEER_TAXONOMIES = new Set(['esco', 'onet']);

/** Per ESCO or O*NET occupation, the other taxonomy's occupations it maps to closely, or that map closely to it. */
export function equivalentJobs(occupations: readonly OccupationColumns[], roleAt: ReadonlyMap<number, number>, roles: readonly RoleProfile[], isJob: Uint8Array): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const add = (a: number, b: number) => {
    const list = out.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    out.set(a, list);
  };
  for (const o of occupations) for (let k = 0; k < o.roles.length; k++) {
    const r = roleAt.get(o.roles[k]);
    const t = roleAt.get(o.targets[k]);
    if (r === undefined || t === undefined || o.matches[k] !== 'close' || !isJob[r] || !isJob[t]) continue;
    if (roles[r].origin === roles[t].origin || !PEER_TAXONOMIES.has(roles[r].origin) || !PEER_TAXONOMIES.has(roles[t].origin)) continue;
    add(r, t);
    add(t, r);
  }
  return out;
}

/**
 * A job with no requirements of its own (a role the articles only name; an O*NET occupation rated on
 * nothing) borrows those of the occupations it maps to; an O*NET occupation rated on technologies only
 * borrows the skills of the ESCO occupation it maps to closely; a curated role with its own requirements
 * also holds those of the occupation it closely maps to (the same job under another name), at a third of
 * their weight. Borrowed requirements are marked (borrowedFrom, borrowedSkills/Tools) and counted below the
 * role's own (importance − 1).
 */
export function borrowRequirements(occupations: readonly OccupationColumns[], roleAt: ReadonlyMap<number, number>, roles: RoleProfile[], isJob: Uint8Array, own: readonly [number, number, number][][], space: ConceptSpace): void {
  const targets = new Map<number, { role: number; close: boolean }[]>();
  for (const o of occupations) for (let k = 0; k < o.roles.length; k++) {
    const r = roleAt.get(o.roles[k]);
    const t = roleAt.get(o.targets[k]);
    if (r === undefined || t === undefined) continue;
    const list = targets.get(r) ?? [];
    list.push({ role: t, close: o.matches[k] === 'close' });
    targets.set(r, list);
  }
  for (const [r, list] of targets) {
    const p = roles[r];
    if (!isJob[r]) continue;
    const rated = p.skillData === 'rated';
    if (rated && p.origin !== 'curated') continue;
    // A role with requirements of its own only adds those of an occupation of another taxonomy.
    const lenders = list.filter((t) => roles[t.role].skillData === 'rated' && (p.skillData === 'none' || (t.close && roles[t.role].origin !== p.origin)));
    if (lenders.length === 0) continue;
    const withTools = p.skillData === 'none' || rated;
    const factor = rated ? RATED_BORROW_WEIGHT : 1;
    const borrowed = lenders.flatMap((t) => own[t.role].filter(([, , from]) => from !== FROM_TOOL || withTools).map(([c, base, from]): [number, number, number] => [c, factor * Math.max(1, base - 1), from]));
    p.needs = withGroups(makeNeeds([...own[r], ...borrowed]), space);
    p.borrowedFrom = lenders.map((t) => roles[t.role].id);
    const skills = new Map<string, number>();
    const tools = new Set<string>();
    for (const t of lenders) {
      for (const [id, imp] of roles[t.role].skills) if (!p.skills.has(id)) skills.set(id, Math.max(skills.get(id) ?? 0, Math.max(1, imp - 1)));
      if (withTools) for (const id of roles[t.role].tools) if (!p.tools.has(id)) tools.add(id);
    }
    p.borrowedSkills = skills;
    if (tools.size > 0) p.borrowedTools = tools;
    if (p.skillData === 'none') p.skillData = 'borrowed';
  }
}
