// The README's tour, run as typed operations: each answer below is typed by its document, so
// `answers.gap?.toLearn[0].skill.name` is checked by tsc against schema.graphql.
import type { Request } from './client.js';
import { CareerPaths, CompareRoles, FromText, NextRoles, RoleLookup, Search, SimilarRoles, SkillGap } from './operations.js';

export const CV = 'Backend developer, six years. I build REST APIs in Go and Python on PostgreSQL, ship them in Docker containers and run them on Kubernetes.';

/** Every question of the tour about one move (from → to), with the answers as the API gave them. */
export async function tour(request: Request, from = 'backend-developer', to = 'platform-engineer') {
  const [role, search, comparison, similar, gap, next, paths, text] = await Promise.all([
    request(RoleLookup, { name: 'backend developer' }),
    request(Search, { text: 'kubernets', first: 5 }),
    request(CompareRoles, { roles: [from, to] }),
    request(SimilarRoles, { role: from, origins: ['CURATED'], first: 5 }),
    request(SkillGap, { from, to }),
    request(NextRoles, { from, first: 5 }),
    request(CareerPaths, { from, to, maxSteps: 3, first: 3 }),
    request(FromText, { text: CV, to }),
  ]);
  return { role, search, comparison, similar, gap, next, paths, text };
}

export type Tour = Awaited<ReturnType<typeof tour>>;
