// fast-check generators and small builders shared by the domain property tests.
import fc from 'fast-check';
import type { RoleProfile } from '../../../src/domain/profile.js';

const SKILLS = ['api', 'ci-cd', 'cloud', 'docker', 'go', 'k8s', 'node', 'sql', 'terraform', 'ux'];
const TOOLS = ['aws', 'github-actions', 'jenkins', 'postgres', 'react'];

/** A role with the given skills (id → importance) and tools. */
export function role(id: string, skills: Record<string, number>, tools: string[] = [], extra: Partial<RoleProfile> = {}): RoleProfile {
  return { id, name: extra.name ?? id, skills: new Map(Object.entries(skills)), tools: new Set(tools), practices: new Set(), metrics: new Set(), collaborators: new Set(), ...extra };
}

export const skillMapArb = fc.dictionary(fc.constantFrom(...SKILLS), fc.integer({ min: 1, max: 5 }), { maxKeys: SKILLS.length }).map((d) => new Map(Object.entries(d)));

export const profileArb = (id: string) =>
  fc.record({
    skills: skillMapArb,
    tools: fc.subarray(TOOLS),
    practices: fc.subarray(['iac', 'idp', 'bff']),
  }).map((r) => role(id, Object.fromEntries(r.skills), r.tools, { practices: new Set(r.practices) }));

/** 2 to 5 distinct roles r0..rN. */
export const profilesArb = fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => profileArb(`r${i}`))));
