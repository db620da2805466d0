// The curated graph as loaded into a real Neo4j: the facts the three articles state (a table read off
// the articles, not off the YAML), provenance on everything, inferred facts kept apart, name lookups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/domain/names.js';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { resetGraph, testGraph } from '../../support/db.js';

const graph = testGraph();

// Generous: the shared CI machine can be CPU-starved; a load normally takes well under 2 s (docs/curated-data.md).
beforeAll(async () => {
  await resetGraph(graph);
  await seedCurated(graph);
}, 300_000);
afterAll(() => graph.close());

/** ids of the nodes a role links to with one relationship type, with their `stated` flags. */
async function linked(role: string, type: string, label: string): Promise<Map<string, boolean>> {
  const rows = await graph.read(
    `MATCH (:Role {id: $role})-[r]->(n) WHERE type(r) = $type AND $label IN labels(n) RETURN n.id AS id, r.stated AS stated`,
    { role, type, label },
  );
  return new Map(rows.map((r) => [r.id as string, r.stated as boolean]));
}

// Facts the articles state in so many words (every one must be loaded with stated: true).
const STATED: { role: string; type: string; label: string; ids: string[]; where: string }[] = [
  { role: 'backend-developer', type: 'USES_TOOL', label: 'Tool', where: 'art.1 Tools/Table; art.2 skills, FAQ 3',
    ids: ['node-js', 'python', 'java', 'spring', 'django', 'express', 'postgresql', 'mongodb', 'graphql', 'aws', 'azure', 'docker', 'kubernetes', 'javascript', 'html5', 'css3', 'jquery', 'react', 'vue-js', 'angularjs', 'git', 'github'] },
  { role: 'developer-experience-engineer', type: 'USES_TOOL', label: 'Tool', where: 'art.1 Tools; IaC',
    ids: ['typescript', 'react', 'graphql', 'aws', 'azure', 'docker', 'kubernetes', 'terraform', 'pulumi'] },
  { role: 'backend-engineer', type: 'USES_TOOL', label: 'Tool', where: 'art.2 Backend Engineer Skills',
    ids: ['php', 'python', 'ruby', 'java', 'dotnet', 'javascript', 'html5', 'css3', 'sass', 'less'] },
  { role: 'backend-developer', type: 'MEASURED_BY', label: 'Metric', where: 'art.1 Table, Metrics', ids: ['system-uptime', 'api-response-time', 'bug-fix-rate'] },
  { role: 'developer-experience-engineer', type: 'MEASURED_BY', label: 'Metric', where: 'art.1 Table, Metrics', ids: ['developer-satisfaction', 'tool-adoption-rate', 'deployment-frequency'] },
  { role: 'backend-developer', type: 'CAN_MOVE_TO', label: 'Role', where: 'art.1 Career Growth', ids: ['solutions-architect', 'devops-engineer'] },
  { role: 'developer-experience-engineer', type: 'CAN_MOVE_TO', label: 'Role', where: 'art.1 Career Growth', ids: ['developer-advocate', 'platform-engineer'] },
  { role: 'backend-developer', type: 'COLLABORATES_WITH', label: 'Role', where: 'art.1 Table + Cross-functional; art.2',
    ids: ['frontend-developer', 'database-administrator', 'system-architect', 'qa-tester', 'product-manager', 'mobile-app-developer'] },
  { role: 'developer-experience-engineer', type: 'COLLABORATES_WITH', label: 'Role', where: 'art.1 Table + Cross-functional',
    ids: ['backend-team', 'ux-designer', 'developer-support', 'infrastructure-team', 'security-team', 'developer-relations-team'] },
  { role: 'backend-engineer', type: 'COLLABORATES_WITH', label: 'Role', where: 'art.2 What does a BE do; responsibilities; who they answer to',
    ids: ['frontend-developer', 'ux-designer', 'product-and-design-team', 'client', 'development-team'] },
  { role: 'platform-engineer', type: 'COLLABORATES_WITH', label: 'Role', where: 'art.3 platform engineering enables backend engineers', ids: ['backend-engineer'] },
  { role: 'backend-engineer', type: 'REPORTS_TO', label: 'Role', where: 'art.2 Who They Answer To', ids: ['company-executive', 'project-owner'] },
  { role: 'backend-developer', type: 'REPORTS_TO', label: 'Role', where: 'art.2 Who They Answer To', ids: ['backend-engineer', 'development-team'] },
  { role: 'platform-engineer', type: 'REQUIRES_SKILL', label: 'Skill', where: 'art.3 table, key skills', ids: ['devops', 'automation', 'cloud-platforms', 'infrastructure-engineering'] },
  { role: 'developer-experience-engineer', type: 'PRACTICES', label: 'Practice', where: 'art.1 Related Important Terms',
    ids: ['developer-experience', 'platform-engineering', 'infrastructure-as-code', 'api-productization', 'service-mesh-orchestration', 'internal-developer-platform', 'platform-ops', 'backend-for-frontend', 'golden-path-workflows', 'self-serve-infrastructure'] },
];

describe('coverage: the facts the articles state are in the graph, marked stated', () => {
  it.each(STATED)('$role -[$type]-> $ids ($where)', async ({ role, type, label, ids }) => {
    const got = await linked(role, type, label);
    for (const id of ids) {
      expect(got.has(id), `${role} -[${type}]-> ${id}`).toBe(true);
      expect(got.get(id), `${role} -[${type}]-> ${id} stated`).toBe(true);
    }
  });

  it('holds primary user, focus, impact area and perspective per role', async () => {
    const rows = await graph.read('MATCH (r:Role) WHERE r.id IN $ids RETURN r.id AS id, r.primaryUser AS user, r.perspective AS perspective, r.impactArea AS impact, r.primaryFocus AS focus', {
      ids: ['platform-engineer', 'backend-engineer', 'backend-developer', 'developer-experience-engineer'],
    });
    const by = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(by['platform-engineer'].user).toBe('Other engineering teams');
    expect(by['platform-engineer'].focus).toBe('Infrastructure, tooling');
    expect(by['backend-engineer'].user).toBe('End users (via frontend)');
    expect(by['backend-engineer'].perspective).toBe('macro');
    expect(by['backend-developer'].perspective).toBe('micro');
    expect(by['backend-developer'].impact).toBe('Application stability and scalability');
    expect(by['developer-experience-engineer'].impact).toBe('Developer productivity and platform adoption');
    expect(by['backend-developer'].focus).toBe('Server-side logic, database management, API design');
  });

  it('gives Backend Developer and Developer Experience Engineer the shared CI/CD, cloud and container skills and tools', async () => {
    const shared = async (type: string) =>
      (await graph.read(
        `MATCH (:Role {id: 'backend-developer'})-[r1]->(n)<-[r2]-(:Role {id: 'developer-experience-engineer'})
         WHERE type(r1) = $type AND type(r2) = $type RETURN collect(n.id) AS ids`, { type },
      ))[0].ids as string[];
    expect(await shared('REQUIRES_SKILL')).toEqual(expect.arrayContaining(['ci-cd-pipelines', 'cloud-platforms', 'containerization']));
    expect(await shared('USES_TOOL')).toEqual(expect.arrayContaining(['aws', 'azure', 'docker', 'kubernetes']));
    const [row] = await graph.read(
      `MATCH (:Role {id: 'backend-developer'})-[r:REQUIRES_SKILL]->(:Skill {id: 'ci-cd-pipelines'}) RETURN r.importance AS importance, r.evidence AS evidence`,
    );
    expect(row.importance).toBe(4);
    expect(row.evidence.join(' ')).toContain('Both roles require deep knowledge of CI/CD pipelines');
  });

  it('links tools to skills and practices (Terraform and Pulumi implement Infrastructure-as-Code)', async () => {
    const rows = await graph.read(`MATCH (t:Tool)-[r:IMPLEMENTS]->(:Practice {id: 'infrastructure-as-code'}) RETURN t.id AS id, r.stated AS stated ORDER BY id`);
    expect(rows).toEqual([{ id: 'pulumi', stated: true }, { id: 'terraform', stated: true }]);
    const [supports] = await graph.read(`MATCH (:Tool {id: 'docker'})-[r:SUPPORTS]->(:Skill {id: 'containerization'}) RETURN r.stated AS stated`);
    expect(supports.stated).toBe(true);
  });
});

describe('inferred facts stay apart from stated ones', () => {
  it.each([
    ['backend-developer', 'backend-engineer'],
    ['backend-developer', 'full-stack-engineer'],
    ['backend-engineer', 'platform-engineer'],
  ])('%s -> %s is a career move marked stated: false, still citing its passage', async (from, to) => {
    const [row] = await graph.read('MATCH (:Role {id: $from})-[r:CAN_MOVE_TO]->(:Role {id: $to}) RETURN r.stated AS stated, r.sources AS sources, r.evidence AS evidence', { from, to });
    expect(row.stated).toBe(false);
    expect(row.sources.length).toBeGreaterThan(0);
    expect(row.evidence.length).toBeGreaterThan(0);
  });

  it('never gives an inferred skill link an importance above 3', async () => {
    const [row] = await graph.read('MATCH ()-[r:REQUIRES_SKILL {origin: "curated", stated: false}]->() RETURN count(r) AS inferred, max(r.importance) AS top');
    expect(row.inferred).toBeGreaterThan(0);
    expect(row.top).toBeLessThanOrEqual(3);
  });
});

describe('provenance', () => {
  it('every curated relationship names at least one existing Source and says whether it is stated', async () => {
    const [row] = await graph.read(`
      MATCH ()-[r]->() WHERE r.origin = 'curated' AND type(r) <> 'STATED_IN'
      WITH r, [s IN coalesce(r.sources, []) WHERE EXISTS { MATCH (:Source {id: s}) }] AS known
      RETURN count(r) AS total,
             count(CASE WHEN size(known) = 0 OR size(known) <> size(r.sources) THEN 1 END) AS unsourced,
             count(CASE WHEN r.stated IS NULL OR size(coalesce(r.evidence, [])) = 0 THEN 1 END) AS unflagged`);
    expect(row.total).toBeGreaterThan(300);
    expect(row.unsourced).toBe(0);
    expect(row.unflagged).toBe(0);
  });

  it('every curated node except the sources has at least one STATED_IN edge', async () => {
    const rows = await graph.read(`
      MATCH (n) WHERE n.origin = 'curated' AND NOT n:Source AND NOT EXISTS { (n)-[:STATED_IN]->(:Source) }
      RETURN labels(n)[0] + ':' + n.id AS missing`);
    expect(rows).toEqual([]);
    const [row] = await graph.read(`MATCH (n:Role {id: 'backend-engineer'})-[s:STATED_IN]->(src:Source) RETURN collect(src.id) AS ids`);
    expect(row.ids.sort()).toEqual(['backend-code-perplexity', 'be-vs-bd']);
  });

  it('has one Source per article plus the two datasets, with title, publisher and date', async () => {
    const rows = await graph.read('MATCH (s:Source) RETURN s.id AS id, s.kind AS kind, s.publisher AS publisher, s.date AS date, s.attribution AS attribution ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(['backend-code-perplexity', 'bd-vs-dxe', 'be-vs-bd', 'esco-v1.1.1', 'onet-29.3']);
    const by = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(by['bd-vs-dxe'].date).toBe('2025-04-21');
    expect(by['be-vs-bd'].publisher).toBe('DistantJob');
    expect(by['backend-code-perplexity'].date).toBe('2025-10-10');
    expect(by['esco-v1.1.1'].attribution).toBe('This service uses the ESCO classification of the European Commission.');
  });
});

describe('names', () => {
  it.each([
    ['Role', 'Dev Experience Engineer', 'developer-experience-engineer'],
    ['Role', 'dx engineer', 'developer-experience-engineer'],
    ['Role', 'DevEx Engineer', 'developer-experience-engineer'],
    ['Role', 'DEVELOPER EXPERIENCE ENGINEER', 'developer-experience-engineer'],
    ['Role', 'Back-end developer', 'backend-developer'],
    ['Role', 'backend dev', 'backend-developer'],
    ['Role', 'Full Stack Development Engineer', 'full-stack-engineer'],
    ['Role', 'full-stack developer', 'full-stack-engineer'],
    ['Role', 'Developer Advocacy', 'developer-advocate'],
    ['Role', 'dba', 'database-administrator'],
    ['Tool', 'K8s', 'kubernetes'],
    ['Tool', 'postgres', 'postgresql'],
    ['Tool', 'js', 'javascript'],
    ['Tool', 'NodeJS', 'node-js'],
    ['Practice', 'golden paths', 'golden-path-workflows'],
    ['Practice', 'IaC', 'infrastructure-as-code'],
    ['Practice', 'service mesh', 'service-mesh-orchestration'],
    ['Skill', 'ci/cd', 'ci-cd-pipelines'],
  ])('%s "%s" resolves to %s through keys, case-insensitively', async (label, typed, id) => {
    const rows = await graph.read(`MATCH (n) WHERE $label IN labels(n) AND $key IN n.keys RETURN n.id AS id`, { label, key: nameKey(typed) });
    expect(rows.map((r) => r.id)).toEqual([id]);
  });

  it('finds roles, tools and practices through the full-text search_index (aliases included)', async () => {
    const hits = async (q: string) => (await graph.read(`CALL db.index.fulltext.queryNodes('search_index', $q) YIELD node RETURN node.id AS id LIMIT 5`, { q })).map((r) => r.id);
    expect(await hits('"DX Engineer"')).toContain('developer-experience-engineer');
    expect(await hits('k8s')).toContain('kubernetes');
    expect(await hits('golden')).toContain('golden-path-workflows');
  });
});
