// Browser parity: each analytics question's Cypher in cypher/browser/ (what a user pastes into Neo4j Browser
// after its `:param` lines) gives the same answer as the service the API uses, on the curated graph in the
// real test Neo4j. The domain functions are the reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsService } from '../../../src/analytics/service.js';
import { cypher } from '../../../src/store/cypherFiles.js';
import type { Row } from '../../../src/store/graph.js';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { resetGraph, testGraph } from '../../support/db.js';

const graph = testGraph();
const service = new AnalyticsService(graph, { warmPaths: false });
let roles: string[] = [];

beforeAll(async () => {
  await resetGraph(graph);
  await seedCurated(graph);
  roles = (await graph.read('MATCH (r:Role) RETURN r.id AS id ORDER BY id')).map((r) => r.id as string);
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
    for (const id of ANCHORS) expect(roles).toContain(id);
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
    expect(row.sharedSkills).toEqual(api.shared.skills);
    expect(sorted(row.sharedTools)).toEqual(api.shared.tools);
    expect(sorted(row.sharedPractices)).toEqual(api.shared.practices);
    expect(sorted(row.sharedMetrics)).toEqual(api.shared.metrics);
    expect(sorted(row.sharedCollaborators)).toEqual(api.shared.collaborators);
    expect(row.unique.map((u: any) => ({ role: u.role, skills: sorted(u.skills), tools: sorted(u.tools), practices: sorted(u.practices), metrics: sorted(u.metrics), collaborators: sorted(u.collaborators) })))
      .toEqual(api.unique);
    close(row.jaccard, api.jaccard);
    close(row.weightedSimilarity, api.weightedSimilarity);
    expect(row.summary).toBe(api.summary);
  }

  it('agrees with compareRoles for the header pair, every anchor pair with each role, and 3 to 5 roles', async () => {
    await check(header('compare-roles').roles as string[]);
    for (const a of ANCHORS) for (const b of roles) if (a !== b) await check([a, b]);
    await check(ANCHORS.slice(0, 3));
    await check([...ANCHORS, roles.find((r) => !ANCHORS.includes(r))!]);
  });
});

describe('similar-roles.cypher', () => {
  it('ranks the same roles with the same scores and shared skills as similarRoles, for every role', async () => {
    const first = header('similar-roles').first as number;
    for (const role of roles) {
      const rows = await browser('similar-roles', { role, first });
      const api = await service.similarRoles(role, first);
      expect(rows.map((r) => r.id)).toEqual(api.map((s) => s.role));
      rows.forEach((r, i) => {
        close(r.score, api[i].score);
        close(r.jaccard, api[i].jaccard);
        expect(r.sharedSkills).toEqual(api[i].sharedSkills);
      });
    }
  });
});

describe('skill-gap.cypher', () => {
  async function check(from: string, to: string) {
    const [row] = await browser('skill-gap', { from, to });
    const api = await service.skillGap(from, to);
    expect(row.transferable).toEqual(api.transferable);
    expect(row.toLearn.map((x: any) => ({ id: x.skill, importance: x.importance }))).toEqual(api.toLearn);
    expect(row.toolsToLearn).toEqual(api.toolsToLearn);
    expect(row.learningOrder).toEqual(api.learningOrder);
    close(row.coverage, api.coverage);
    close(row.effort, api.effort);
  }

  it('agrees with skillGap from and to every anchor role', async () => {
    const h = header('skill-gap') as { from: string; to: string };
    await check(h.from, h.to);
    for (const a of ANCHORS) for (const b of roles) {
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
      // c (broader) before b, a before b
      expect(api.learningOrder.indexOf(c)).toBeLessThan(api.learningOrder.indexOf(b));
      expect(api.learningOrder.indexOf(a)).toBeLessThan(api.learningOrder.indexOf(b));
      const [row] = await browser('skill-gap', { from, to });
      expect(row.learningOrder).toEqual(api.learningOrder);
    } finally {
      await graph.write("MATCH ()-[e:PREREQUISITE_OF|BROADER {origin: 'test'}]->() DELETE e");
    }
  });
});

describe('next-roles.cypher', () => {
  it('lists the same moves in the same order as nextRoles, stated moves first, for every role', async () => {
    const first = header('next-roles').first as number;
    let stated = 0;
    for (const from of roles) {
      const rows = await browser('next-roles', { from, first });
      const api = await service.nextRoles(from, first);
      expect(rows.map((r) => ({ id: r.id, kind: r.kind, stated: r.stated, recorded: r.recorded }))).toEqual(
        api.map((m) => ({ id: m.id, kind: m.kind, stated: m.stated, recorded: m.recorded })),
      );
      rows.forEach((r, i) => close(r.score, api[i].score));
      stated += api.filter((m) => m.stated).length;
    }
    expect(stated).toBeGreaterThan(0);
  });
});

describe('match-roles.cypher', () => {
  async function check(skills: string[], tools: string[], first: number) {
    const rows = await browser('match-roles', { skills, tools, first });
    const api = await service.matchRoles(skills, tools, first);
    expect(rows.map((r) => r.id)).toEqual(api.map((m) => m.id));
    rows.forEach((r, i) => {
      close(r.coverage, api[i].coverage);
      expect({ matched: r.matched, missing: r.missing, matchedTools: r.matchedTools, missingTools: r.missingTools }).toEqual({
        matched: api[i].matched, missing: api[i].missing, matchedTools: api[i].matchedTools, missingTools: api[i].missingTools,
      });
    });
    return api;
  }

  it('ranks the same roles with the same coverage as matchRoles', async () => {
    const h = header('match-roles') as { skills: string[]; tools: string[]; first: number };
    expect((await check(h.skills, h.tools, h.first)).length).toBeGreaterThan(0);
    // each anchor role's own skills and tools: that role covers itself fully
    for (const id of ANCHORS) {
      const gap = await service.skillGap(id, id);
      const api = await check(gap.transferable, gap.transferableTools, 5);
      expect(api[0].coverage).toBe(1);
    }
  });
});

describe('career-paths.cypher', () => {
  async function check(from: string, to: string, maxSteps: number, first: number) {
    const rows = await browser('career-paths', { from, to, maxSteps, first });
    const api = await service.careerPaths(from, to, maxSteps, first);
    expect(rows.map((r) => r.route)).toEqual(api.map((p) => [from, ...p.steps.map((s) => s.to)]));
    rows.forEach((r, i) => {
      close(r.totalCost, api[i].totalCost);
      expect(r.steps.map((s: any) => ({ from: s.from, to: s.to, stated: s.stated, kind: s.kind, toLearn: s.toLearn }))).toEqual(
        api[i].steps.map((s) => ({ from: s.from, to: s.to, stated: s.stated, kind: s.kind, toLearn: s.toLearn })),
      );
      r.steps.forEach((s: any, k: number) => close(s.cost, api[i].steps[k].cost));
    });
    return api;
  }

  it('finds the same cheapest routes as careerPaths, including several-step ones', async () => {
    const h = header('career-paths') as { from: string; to: string; maxSteps: number; first: number };
    await check(h.from, h.to, h.maxSteps, h.first);
    let multiStep = 0;
    for (const from of ANCHORS.slice(0, 2)) {
      for (const to of roles) {
        const api = await check(from, to, 3, 3);
        if (api.length > 0 && api[0].steps.length > 1) multiStep++;
      }
    }
    expect(multiStep).toBeGreaterThan(0);
    expect(await check(h.from, h.from, 3, 5)).toEqual([]);
  });
});
