// A graph shaped like the largest ESCO occupations: a few roles requiring hundreds of skills each, so
// list pricing and response caps meet lists of real size (the curated roles have at most 30 skills).
import type { Graph } from '../../src/store/graph.js';
import { nameKeys } from '../../src/domain/names.js';

export const LARGE_ROLES = ['large-role-1', 'large-role-2', 'large-role-3', 'large-role-4', 'large-role-5'];
export const SKILLS_PER_LARGE_ROLE = 340;

/** Writes LARGE_ROLES, each requiring SKILLS_PER_LARGE_ROLE skills (half of them shared with the next role). */
export async function writeLargeRoles(graph: Graph): Promise<void> {
  const skills = Array.from({ length: SKILLS_PER_LARGE_ROLE * 3 }, (_, i) => {
    const name = `synthetic skill number ${i} with a long descriptive label`;
    return { id: `http://data.europa.eu/esco/skill/synthetic-${String(i).padStart(5, '0')}-0000-0000-0000-000000000000`, name, keys: nameKeys(name), aliases: [], aliasesText: '', origin: 'esco' };
  });
  const roles = LARGE_ROLES.map((id, r) => ({ id, name: `Large Role ${r + 1}`, keys: nameKeys(`Large Role ${r + 1}`), aliases: [], aliasesText: '', origin: 'esco' }));
  const links = LARGE_ROLES.flatMap((role, r) =>
    Array.from({ length: SKILLS_PER_LARGE_ROLE }, (_, k) => ({ role, skill: skills[(r * (SKILLS_PER_LARGE_ROLE / 2) + k) % skills.length].id, importance: k % 3 === 0 ? 4 : 2 })),
  );
  await graph.write('UNWIND $skills AS s CREATE (n:Skill) SET n = s', { skills });
  await graph.write('UNWIND $roles AS r CREATE (n:Role) SET n = r', { roles });
  await graph.write('UNWIND $links AS l MATCH (r:Role {id: l.role}), (s:Skill {id: l.skill}) CREATE (r)-[:REQUIRES_SKILL {importance: l.importance, origin: "esco"}]->(s)', { links });
  await graph.write('CALL db.awaitIndexes(120)');
}
