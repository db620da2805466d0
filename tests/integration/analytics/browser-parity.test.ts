// Browser parity: each analytics question's Cypher in cypher/browser/ (what a user pastes into Neo4j Browser
// after its `:param` lines) shows the evidence the API's answer rests on, in the same concept space: the
// same shared and unique requirements, transferable skills and skills to learn, recorded moves and routes,
// matched and missing skills. Scores and rankings are the API's alone (they weigh every requirement against
// the whole graph); these tests hold the two to the facts they share, on the curated graph with SAME_AS
// links added across nodes, in the real test Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsService } from '../../../src/analytics/service.js';
import { cypher } from '../../../src/store/cypherFiles.js';
import type { Row } from '../../../src/store/graph.js';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { resetGraph, testGraph } from '../../support/db.js';

const graph = testGraph();
const service = new AnalyticsService(graph, { warmPaths: false });
let roles: string[] = [];
/** Roles one holds or moves into: the ones every analytics answer may name. */
let jobs: string[] = [];

beforeAll(async () => {
  await resetGraph(graph);
  await seedCurated(graph);
  roles = (await graph.read('MATCH (r:Role) RETURN r.id AS id ORDER BY id')).map((r) => r.id as string);
  jobs = (await graph.read("MATCH (r:Role) WHERE NOT coalesce(r.roleKind, 'job') IN ['team', 'stakeholder'] RETURN r.id AS id ORDER BY id")).map((r) => r.id as string);
}, 600_000);
afterAll(() => graph.close());

/** The `:param name => value` lines a query file opens with, as the values they set. */
function header(name: string): Record<string, unknown> {
  const lines = [...cypher(`browser/${name}`).matchAll(/^\/\/ :param (\w+) => (.+)$/gm)];
  return Object.fromEntries(lines.map(([, key, value]) => [key, JSON.parse(value.trim().replace(/'/g, '"'))]));
}

/** Runs a Browser query with exactly the parameters its header names. */
async function browser(name: string, params: Record<string, unknown>): Promise<Row[]> {
  expect(Object.keys(params).sort()).toEqual(Object.keys(header(name)).sort());
  return graph.read(cypher(`browser/${name}`), params);
}

const sorted = (xs: readonly string[]) => [...xs].sort();
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-9);

/** A few roles to pair with every other: the header's and some with many links. */
const ANCHORS = ['backend-developer', 'developer-experience-engineer', 'platform-engineer', 'full-stack-engineer'];

describe('the query headers', () => {
  it('name roles, skills and tools that exist in the curated graph', async () => {
    for (const id of ANCHORS) expect(jobs).toContain(id);
    expect(jobs.length).toBeLessThan(roles.length); // the curated graph has teams, which answers leave out
    const m = header('match-roles') as { skills: string[]; tools: string[] };
    const found = await graph.read('UNWIND $ids AS id MATCH (n {id: id}) WHERE n:Skill OR n:Tool RETURN count(*) AS n', { ids: [...m.skills, ...m.tools] });
    expect(found[0].n).toBe(m.skills.length + m.tools.length);
  });
});

describe('compare-roles.cypher', () => {
  async function check(ids: string[]) {
    const [row] = await browser('compare-roles', { roles: ids });
    const api = await service.compareRoles(ids);
    expect(row.roles.map((r: any) => r.properties.id)).toEqual(ids);
    expect(sorted(row.sharedSkills)).toEqual(sorted(api.shared.skills));
    expect(sorted(row.sharedTools)).toEqual(sorted(api.shared.tools));
    expect(sorted(row.sharedPractices)).toEqual(sorted(api.shared.practices));
    expect(sorted(row.sharedMetrics)).toEqual(sorted(api.shared.metrics));
    expect(sorted(row.sharedCollaborators)).toEqual(sorted(api.shared.collaborators));
    const bySet = (u: any) => ({ role: u.role, skills: sorted(u.skills), tools: sorted(u.tools), practices: sorted(u.practices), metrics: sorted(u.metrics), collaborators: sorted(u.collaborators) });
    expect(row.unique.map(bySet)).toEqual(api.unique.map(bySet));
    close(row.jaccard, api.jaccard);
    expect([row.sharedCount, row.unionCount]).toEqual([api.sharedSkillCount, api.unionSkillCount]);
    return api;
  }

  it('agrees with compareRoles for the header pair, every anchor paired with each job, and 3 to 5 roles', async () => {
    await check(header('compare-roles').roles as string[]);
    let overlapping = 0;
    for (const a of ANCHORS) for (const b of jobs) if (a !== b) if ((await check([a, b])).sharedSkillCount > 0) overlapping++;
    expect(overlapping).toBeGreaterThan(0);
    await check(ANCHORS.slice(0, 3));
    await check([...ANCHORS, jobs.find((r) => !ANCHORS.includes(r))!]);
  });
});

describe('similar-roles.cypher', () => {
  it("lists exactly the roles similarRoles finds through shared requirements, with the same shared skills, tools and Jaccard", async () => {
    for (const role of jobs) {
      const rows = await browser('similar-roles', { role, first: roles.length });
      // the test graph holds no embeddings, so every similar role shares a requirement
      const api = await service.similarRoles(role, roles.length);
      expect(sorted(rows.map((r) => r.id))).toEqual(sorted(api.map((s) => s.role)));
      const byId = new Map(rows.map((r) => [r.id as string, r]));
      for (const s of api) {
        const r = byId.get(s.role)!;
        expect({ sharedSkills: r.sharedSkills, sharedTools: r.sharedTools }).toEqual({ sharedSkills: s.sharedSkills, sharedTools: s.sharedTools });
        close(r.jaccard, s.jaccard);
      }
    }
    // the header's role has similar roles, and `first` cuts the list
    const h = header('similar-roles') as { role: string; first: number };
    expect((await browser('similar-roles', h)).length).toBe(Math.min(h.first, (await service.similarRoles(h.role, roles.length)).length));
  });
});

describe('skill-gap.cypher', () => {
  async function check(from: string, to: string) {
    const [row] = await browser('skill-gap', { from, to });
    const api = await service.skillGap(from, to);
    expect(sorted(row.transferable)).toEqual(sorted(api.transferable));
    expect(sorted(row.toLearn.map((x: any) => `${x.skill}:${x.importance}`))).toEqual(sorted(api.toLearn.map((s) => `${s.id}:${s.importance}`)));
    expect(sorted(row.transferableTools)).toEqual(sorted(api.transferableTools));
    expect(sorted(row.toolsToLearn)).toEqual(sorted(api.toolsToLearn));
    expect(sorted(row.learningOrder)).toEqual(sorted(api.learningOrder));
    expect(row.requirementsKnown).toBe(api.coverage !== null);
  }

  it('agrees with skillGap from and to every anchor role', async () => {
    const h = header('skill-gap') as { from: string; to: string };
    await check(h.from, h.to);
    for (const a of ANCHORS) for (const b of jobs) {
      await check(a, b);
      await check(b, a);
    }
  });

  it('orders what to learn by the prerequisite and broader edges, as learningOrder does', async () => {
    // The curated graph has no skill hierarchy; add one among the skills to learn and compare again.
    const { from, to } = header('skill-gap') as { from: string; to: string };
    const gap = await service.skillGap(from, to);
    expect(gap.toLearn.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = gap.toLearn.slice(-3).map((s) => s.id);
    const added = await graph.write(
      `MATCH (a:Skill {id: $a}), (b:Skill {id: $b}), (c:Skill {id: $c})
       CREATE (a)-[p:PREREQUISITE_OF {origin: 'test'}]->(b), (b)-[q:BROADER {origin: 'test'}]->(c) RETURN count(*) AS n`,
      { a, b, c },
    );
    expect(added[0].n).toBe(1);
    try {
      // a fresh service loads the edited graph (the shared one keeps its projection)
      const fresh = new AnalyticsService(graph, { warmPaths: false });
      const api = await fresh.skillGap(from, to);
      const [row] = await browser('skill-gap', { from, to });
      // c (broader) before b, a before b, in both
      for (const order of [api.learningOrder, row.learningOrder as string[]]) {
        expect(order.indexOf(c)).toBeLessThan(order.indexOf(b));
        expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
      }
      // only b waits (level 1); the rest keep their order: the API's by what each is worth, the query's by importance
      const waitsForB = (toLearn: string[]) => [...toLearn.filter((id) => id !== b), b];
      expect(api.learningOrder).toEqual(waitsForB(api.toLearn.map((s) => s.id)));
      expect(row.learningOrder).toEqual(waitsForB(row.toLearn.map((x: any) => x.skill)));
    } finally {
      await graph.write("MATCH ()-[e:PREREQUISITE_OF|BROADER {origin: 'test'}]->() DELETE e");
    }
  });
});

describe('next-roles.cypher', () => {
  it('lists the recorded moves nextRoles lists first, stated before recorded by a dataset, one per target', async () => {
    const first = header('next-roles').first as number;
    let stated = 0;
    for (const from of jobs) {
      const rows = await browser('next-roles', { from, first: roles.length });
      const api = (await service.nextRoles(from, roles.length)).filter((m) => m.recorded);
      const key = (m: any) => `${m.id}|${m.kind}|${m.stated}|${m.recorded}|${m.rank ?? null}|${m.tier ?? null}`;
      expect(sorted(rows.map(key))).toEqual(sorted(api.map(key)));
      // stated moves first in both
      expect(rows.map((r) => r.stated)).toEqual(api.map((m) => m.stated));
      expect(rows.length).toBe(new Set(rows.map((r) => r.id)).size);
      stated += api.filter((m) => m.stated).length;
      expect((await browser('next-roles', { from, first })).length).toBe(Math.min(first, rows.length));
    }
    expect(stated).toBeGreaterThan(0);
  });
});

describe('match-roles.cypher', () => {
  async function check(skills: string[], tools: string[]) {
    const rows = await browser('match-roles', { skills, tools, first: roles.length });
    const api = await service.matchRoles(skills, tools, roles.length);
    expect(sorted(rows.map((r) => r.id))).toEqual(sorted(api.map((m) => m.id)));
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    for (const m of api) {
      const r = byId.get(m.id)!;
      expect({ matched: r.matched, missing: r.missing, matchedTools: r.matchedTools, missingTools: r.missingTools }).toEqual({
        matched: m.matched, missing: m.missing, matchedTools: m.matchedTools, missingTools: m.missingTools,
      });
    }
    return api;
  }

  it('reaches the same roles as matchRoles with the same matched and missing skills and tools', async () => {
    const h = header('match-roles') as { skills: string[]; tools: string[]; first: number };
    expect((await check(h.skills, h.tools)).length).toBeGreaterThan(0);
    expect((await browser('match-roles', h)).length).toBeLessThanOrEqual(h.first);
    // each anchor role's own skills and tools: the API ranks that role first
    for (const id of ANCHORS) {
      const gap = await service.skillGap(id, id);
      const api = await check(gap.transferable, gap.transferableTools);
      expect(api[0].id).toBe(id);
    }
  });
});

describe('career-paths.cypher', () => {
  it('finds every route careerPaths takes over recorded moves only, with the same steps and skills to learn', async () => {
    const h = header('career-paths') as { from: string; to: string; maxSteps: number; first: number };
    expect((await browser('career-paths', h)).length).toBeGreaterThan(0);
    let recordedOnly = 0;
    let multiStep = 0;
    for (const from of ANCHORS.slice(0, 2)) {
      for (const to of jobs) {
        const rows = await browser('career-paths', { from, to, maxSteps: 3, first: 10_000 });
        const api = await service.careerPaths(from, to, 3, 5);
        const routes = new Map(rows.map((r) => [(r.route as string[]).join('>'), r]));
        for (const row of rows) {
          expect(row.route[0]).toBe(from);
          expect(row.route.at(-1)).toBe(to);
          expect(new Set(row.route).size).toBe(row.route.length);
        }
        for (const path of api) {
          if (path.steps.some((s) => s.kind === 'similar')) continue;
          recordedOnly++;
          if (path.steps.length > 1) multiStep++;
          const row = routes.get([from, ...path.steps.map((s) => s.to)].join('>'));
          expect(row).toBeDefined();
          expect(row!.steps.map((s: any) => ({ from: s.from, to: s.to, stated: s.stated, kind: s.kind, toLearn: sorted(s.toLearn) }))).toEqual(
            path.steps.map((s) => ({ from: s.from, to: s.to, stated: s.stated, kind: s.kind, toLearn: sorted(s.toLearn) })),
          );
        }
      }
    }
    expect(recordedOnly).toBeGreaterThan(0);
    expect(multiStep).toBeGreaterThan(0);
    expect(await browser('career-paths', { ...h, to: h.from })).toEqual([]);
  });
});

describe('SAME_AS links', () => {
  it('make nodes of one concept count as one in the queries and in the API alike', async () => {
    // Two roles that share no skill node get one of B's skills linked SAME_AS one of A's.
    const a = 'backend-developer';
    const gap = await service.skillGap(a, 'platform-engineer');
    const theirs = gap.toLearn[0].id;
    const mine = (await service.skillGap(a, a)).transferable.find((id) => id !== theirs)!;
    await graph.write("MATCH (x:Skill {id: $x}), (y:Skill {id: $y}) CREATE (x)-[:SAME_AS {origin: 'test'}]->(y)", { x: mine, y: theirs });
    try {
      const fresh = new AnalyticsService(graph, { warmPaths: false });
      const api = await fresh.skillGap(a, 'platform-engineer');
      expect(api.transferable).toContain(theirs);
      const [row] = await browser('skill-gap', { from: a, to: 'platform-engineer' });
      expect(sorted(row.transferable)).toEqual(sorted(api.transferable));
      const cmp = await fresh.compareRoles([a, 'platform-engineer']);
      const [c] = await browser('compare-roles', { roles: [a, 'platform-engineer'] });
      expect(sorted(c.sharedSkills)).toEqual(sorted(cmp.shared.skills));
      expect([c.sharedCount, c.unionCount]).toEqual([cmp.sharedSkillCount, cmp.unionSkillCount]);
      close(c.jaccard, cmp.jaccard);
      const m = await browser('match-roles', { skills: [mine], tools: [], first: roles.length });
      const apiMatch = await fresh.matchRoles([mine], [], roles.length);
      expect(sorted(m.map((r) => r.id))).toEqual(sorted(apiMatch.map((r) => r.id)));
    } finally {
      await graph.write("MATCH ()-[e:SAME_AS {origin: 'test'}]->() DELETE e");
    }
  });
});
