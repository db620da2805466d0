// The state the API tests read: the curated graph plus a few imported (ESCO-style) nodes for the
// relationships the curated data has no examples of (crosswalk, hierarchies, prerequisites).
import { afterAll, beforeAll } from 'vitest';
import type { Graph } from '../../src/store/graph.js';
import { nameKeys } from '../../src/domain/names.js';
import { seedCurated } from '../../src/importers/curated/index.js';
import { startTestApi, type TestApi } from './api.js';
import { resetGraph, testGraph } from './db.js';

export const ESCO = 'http://data.europa.eu/esco/occupation/';
export const ESCO_SKILL = 'http://data.europa.eu/esco/skill/';

const importedRoles = [
  { id: `${ESCO}ict`, name: 'ICT professionals', aliases: [] },
  { id: `${ESCO}software-developer`, name: 'software developer', aliases: ['application developer', 'Kubernetes developer'] },
  { id: `${ESCO}web-developer`, name: 'web developer', aliases: [] },
];
const importedSkills = [
  { id: `${ESCO_SKILL}programming`, name: 'computer programming', aliases: ['coding'] },
  { id: `${ESCO_SKILL}web-programming`, name: 'web programming', aliases: [] },
];

export async function loadApiFixtures(graph: Graph): Promise<void> {
  await resetGraph(graph);
  await seedCurated(graph);
  const withKeys = (nodes: { id: string; name: string; aliases: string[] }[]) =>
    nodes.map((n) => ({ ...n, keys: nameKeys(n.name, n.aliases), aliasesText: n.aliases.join(' | ') }));
  await graph.write(
    `UNWIND $roles AS r CREATE (n:Role) SET n = r, n.origin = 'esco', n.datasetVersion = 'ESCO v1.1.1', n.iscoGroup = '2512'
     WITH count(*) AS _
     UNWIND $skills AS s CREATE (n:Skill) SET n = s, n.origin = 'esco', n.skillType = 'skill/competence'`,
    { roles: withKeys(importedRoles), skills: withKeys(importedSkills) },
  );
  await graph.write(
    `MATCH (bd:Role {id: 'backend-developer'}), (sd:Role {id: $sd}), (wd:Role {id: $wd}), (ict:Role {id: $ict})
     CREATE (bd)-[:MAPS_TO {basis: 'both write server-side software', match: 'close', origin: 'curated'}]->(sd),
            (bd)-[:MAPS_TO {basis: 'web back ends', match: 'broad', origin: 'curated'}]->(wd),
            (sd)-[:BROADER {origin: 'esco'}]->(ict), (wd)-[:BROADER {origin: 'esco'}]->(ict),
            (sd)-[:REQUIRES_SKILL {importance: 5, relationType: 'essential', origin: 'esco'}]->(:Skill {id: 'esco-only-skill', name: 'debug software', aliases: [], keys: ['debug software'], origin: 'esco'})
     WITH *
     MATCH (p:Skill {id: $prog}), (wp:Skill {id: $webprog}), (api:Skill {id: 'api-design'}), (rest:Skill {id: 'rest-apis'})
     CREATE (wp)-[:BROADER {origin: 'esco'}]->(p), (wp)-[:RELATED_SKILL {relationType: 'optional', origin: 'esco'}]->(rest),
            (api)-[:PREREQUISITE_OF {origin: 'curated'}]->(rest)`,
    { sd: `${ESCO}software-developer`, wd: `${ESCO}web-developer`, ict: `${ESCO}ict`, prog: `${ESCO_SKILL}programming`, webprog: `${ESCO_SKILL}web-programming` },
  );
  await graph.write('CALL db.awaitIndexes(120)');
}

/** Per-file setup of the API tests: the fixtures loaded, the API started on them, both closed after. */
export function apiSuite(): { graph: Graph; api: TestApi } {
  const suite = { graph: testGraph(), api: undefined as unknown as TestApi };
  // Loading the curated graph can outlast the default hook timeout on a busy shared machine.
  beforeAll(async () => {
    await loadApiFixtures(suite.graph);
    suite.api = await startTestApi(suite.graph);
  }, 300_000);
  afterAll(async () => {
    await suite.api?.close();
    await suite.graph.close();
  });
  return suite;
}
