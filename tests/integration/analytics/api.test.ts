// The analytics questions through the real API (HTTP + Apollo + type-graphql), against the curated graph
// in the real test Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { resetGraph, testGraph } from '../../support/db.js';

const graph = testGraph();
let api: TestApi;
afterAll(async () => {
  await api?.close();
  await graph.close();
});

async function gql(source: string, variables: Record<string, unknown> = {}) {
  return (await api.gql(source, variables)).body;
}
async function data(source: string, variables: Record<string, unknown> = {}) {
  const r = await gql(source, variables);
  expect(r.errors).toBeUndefined();
  return r.data as any;
}
const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name).join(' | ');

beforeAll(async () => {
  await resetGraph(graph);
  await seedCurated(graph);
  api = await startTestApi(graph);
}, 600_000);

describe('compareRoles', () => {
  it('Backend Developer and Developer Experience Engineer share CI/CD, cloud and container skills and tools', async () => {
    const { compareRoles: c } = await data(`{ compareRoles(roles: ["backend-developer", "developer-experience-engineer"]) {
      roles { id name } sharedSkills { id name } sharedTools { id name } sharedPractices { name } sharedMetrics { name } sharedCollaborators { name }
      unique { role { id } skills { name } tools { name } } jaccard weightedSimilarity summary } }`);
    expect(c.roles.map((r: any) => r.id)).toEqual(['backend-developer', 'developer-experience-engineer']);
    const shared = `${names(c.sharedSkills)} | ${names(c.sharedTools)}`;
    expect(shared).toMatch(/CI\/CD/i);
    expect(shared).toMatch(/cloud|AWS|Azure|GCP/i);
    expect(shared).toMatch(/container|Docker|Kubernetes/i);
    expect(c.jaccard).toBeGreaterThan(0);
    expect(c.jaccard).toBeLessThan(1);
    expect(c.weightedSimilarity).toBeGreaterThan(0);
    expect(c.weightedSimilarity).toBeLessThanOrEqual(1);
    expect(c.summary).toMatch(/^Backend Developer and .+ share \d+ of \d+ skills and tools \(\d+%\)/);
    expect(c.unique[0].role.id).toBe('backend-developer');
    expect(names(c.unique[0].skills)).toMatch(/API|database|server/i);
  });

  it('refuses fewer than 2, more than 5, repeated and unknown roles', async () => {
    const one = await gql('{ compareRoles(roles: ["backend-developer"]) { jaccard } }');
    expect(one.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(one.errors?.[0].message).toMatch(/roles/);
    const dup = await gql('{ compareRoles(roles: ["backend-developer", "backend-developer"]) { jaccard } }');
    expect(dup.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const six = await gql('{ compareRoles(roles: ["a", "b", "c", "d", "e", "f"]) { jaccard } }');
    expect(six.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await gql('{ compareRoles(roles: ["backend-developer", "no-such-role"]) { jaccard } }');
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].message).toContain('no-such-role');
  });
});

describe('similarRoles', () => {
  it('ranks other roles with scores in [0, 1] and shared skills, never the role itself', async () => {
    const { similarRoles } = await data('{ similarRoles(role: "backend-developer", first: 5) { role { id name } score sharedSkills { name } } }');
    expect(similarRoles.length).toBeGreaterThan(0);
    expect(similarRoles.map((s: any) => s.role.id)).not.toContain('backend-developer');
    for (const s of similarRoles) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.sharedSkills.length).toBeGreaterThan(0);
    }
    const scores = similarRoles.map((s: any) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('checks first and the role id', async () => {
    expect((await gql('{ similarRoles(role: "backend-developer", first: 0) { score } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql('{ similarRoles(role: "backend-developer", first: 101) { score } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const nf = await gql('{ similarRoles(role: "nope") { score } }');
    expect(nf.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(nf.errors?.[0].message).toContain('nope');
  });
});

describe('skillGap', () => {
  it('from Backend Developer to Platform Engineer names infrastructure and automation skills', async () => {
    const { skillGap: g } = await data(`{ skillGap(from: "backend-developer", to: "platform-engineer") {
      from { id } to { id } transferable { name } toLearn { skill { id name } importance } toolsToLearn { name } learningOrder { id } coverage effort } }`);
    const toLearn = names(g.toLearn.map((t: any) => t.skill));
    expect(toLearn).toMatch(/infrastructure/i);
    expect(toLearn).toMatch(/automation/i);
    expect(g.coverage).toBeGreaterThanOrEqual(0);
    expect(g.coverage).toBeLessThan(1);
    expect(g.effort).toBeGreaterThan(0);
    const imps = g.toLearn.map((t: any) => t.importance);
    expect(imps).toEqual([...imps].sort((a, b) => b - a));
    expect([...g.learningOrder.map((s: any) => s.id)].sort()).toEqual(g.toLearn.map((t: any) => t.skill.id).sort());
  });

  it('a role against itself: coverage 1, nothing to learn', async () => {
    const { skillGap: g } = await data('{ skillGap(from: "platform-engineer", to: "platform-engineer") { toLearn { importance } coverage effort } }');
    expect(g).toEqual({ toLearn: [], coverage: 1, effort: 0 });
  });

  it('names the unknown role', async () => {
    const r = await gql('{ skillGap(from: "backend-developer", to: "astronaut") { coverage } }');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'to', id: 'astronaut' });
  });
});

describe('nextRoles', () => {
  it('lists the stated moves of each role first', async () => {
    const rows = await graph.read("MATCH (r:Role)-[m:CAN_MOVE_TO]->(o:Role) RETURN r.id AS from, collect(DISTINCT o.id) AS to, collect(m.stated) AS stated");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const { nextRoles } = await data('query($f: ID!) { nextRoles(from: $f, first: 20) { role { id } kind stated recorded score } }', { f: row.from });
      const recorded = nextRoles.filter((m: any) => m.recorded);
      expect(recorded.map((m: any) => m.role.id).sort()).toEqual([...row.to].sort());
      // recorded moves come first, stated ones before implied ones
      expect(nextRoles.slice(0, recorded.length).every((m: any) => m.recorded)).toBe(true);
      const stated = recorded.map((m: any) => m.stated);
      expect(stated).toEqual([...stated].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
      for (const m of nextRoles.slice(recorded.length)) expect(m).toMatchObject({ kind: 'SIMILAR', stated: false });
    }
    const { nextRoles: bd } = await data('{ nextRoles(from: "backend-developer", first: 2) { role { id } stated } }');
    expect(bd.map((m: any) => m.role.id).sort()).toEqual(['devops-engineer', 'solutions-architect']);
  });
});

describe('careerPaths', () => {
  it('finds several-step routes where no direct move exists, cheapest first', async () => {
    const [direct] = await graph.read("RETURN EXISTS { (:Role {id: 'backend-developer'})-[:CAN_MOVE_TO]->(:Role {id: 'platform-engineer'}) } AS yes");
    expect(direct.yes).toBe(false);
    const { careerPaths } = await data(`{ careerPaths(from: "backend-developer", to: "platform-engineer", maxSteps: 3, first: 5) {
      steps { from { id } to { id } cost stated kind toLearn { id } } totalCost } }`);
    expect(careerPaths.length).toBeGreaterThan(0);
    expect(careerPaths.some((p: any) => p.steps.length >= 2)).toBe(true);
    for (const p of careerPaths) {
      const route = ['backend-developer', ...p.steps.map((s: any) => s.to.id)];
      expect(new Set(route).size).toBe(route.length);
      expect(route.at(-1)).toBe('platform-engineer');
      p.steps.forEach((s: any, i: number) => expect(s.from.id).toBe(route[i]));
      expect(p.totalCost).toBeCloseTo(p.steps.reduce((t: number, s: any) => t + s.cost, 0), 9);
    }
    const costs = careerPaths.map((p: any) => p.totalCost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    // a stated route through Developer Experience Engineer or DevOps Engineer is among them
    expect(careerPaths.some((p: any) => p.steps.length === 2 && p.steps.every((s: any) => s.kind !== 'SIMILAR'))).toBe(true);
  });

  it('checks maxSteps and first', async () => {
    for (const q of ['maxSteps: 0', 'maxSteps: 5', 'first: 0', 'first: 6']) {
      const r = await gql(`{ careerPaths(from: "backend-developer", to: "platform-engineer", ${q}) { totalCost } }`);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].message).toContain(q.split(':')[0]);
    }
  });
});

describe('matchRoles', () => {
  it('ranks roles by how much of their requirements a profile covers', async () => {
    const [{ skills, tools }] = await graph.read(
      "MATCH (r:Role {id: 'platform-engineer'}) RETURN COLLECT { MATCH (r)-[:REQUIRES_SKILL]->(s:Skill) RETURN s.id } AS skills, COLLECT { MATCH (r)-[:USES_TOOL]->(t:Tool) RETURN DISTINCT t.id } AS tools",
    );
    const q = 'query($s: [ID!]!, $t: [ID!]) { matchRoles(skills: $s, tools: $t, first: 5) { role { id } score coverage matched { id } missing { id } matchedTools { id } missingTools { id } } }';
    const { matchRoles } = await data(q, { s: skills, t: tools });
    // its own profile ranks Platform Engineer first and matches every requirement of its own
    const [top] = matchRoles;
    expect(top.role.id).toBe('platform-engineer');
    expect(new Set(top.matched.map((m: any) => m.id))).toEqual(new Set(skills));
    expect(new Set(top.matchedTools.map((m: any) => m.id))).toEqual(new Set(tools));
    // what it still lacks are only requirements it borrows from the occupation it maps to
    const own = new Set([...skills, ...tools]);
    expect([...top.missing, ...top.missingTools].filter((m: any) => own.has(m.id))).toEqual([]);
    // coverage is 1 exactly when nothing is missing
    for (const m of matchRoles) expect(m.coverage === 1, JSON.stringify(m)).toBe(m.missing.length === 0 && m.missingTools.length === 0);
    const scores = matchRoles.map((m: any) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('refuses unknown and repeated skills', async () => {
    const r = await gql('{ matchRoles(skills: ["no-such-skill"]) { coverage } }');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'skills' });
    const d = await gql('{ matchRoles(skills: ["x", "x"]) { coverage } }');
    expect(d.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
