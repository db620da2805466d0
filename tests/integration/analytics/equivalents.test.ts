// Routes across sources through the real API: a job that is one occupation under two sources' names (a close
// MAPS_TO link) is a free step, so a move one source records serves the other's occupations too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EQUIVALENT_STEP_COST } from '../../../src/domain/paths.js';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { resetGraph, testGraph } from '../../support/db.js';

const graph = testGraph();
let api: TestApi;
afterAll(async () => {
  await api?.close();
  await graph.close();
});

beforeAll(async () => {
  await resetGraph(graph);
  await seedCurated(graph);
  // ESCO dev ≡ O*NET dev (close); O*NET records dev → analyst; O*NET analyst ≡ ESCO analyst (close). Each
  // source describes its jobs in its own skills, and ESCO's two share none: only O*NET's record connects
  // them. A broad link (a tester to O*NET dev) is no equivalence.
  await graph.write(`
    UNWIND [
      {id: 'esco:dev', name: 'software developer', origin: 'esco', skills: ['e:code', 'e:test', 'e:design']},
      {id: 'onet:dev', name: 'Software Developers', origin: 'onet', skills: ['o:code', 'o:test', 'o:design']},
      {id: 'onet:analyst', name: 'Data Analysts', origin: 'onet', skills: ['o:code', 'o:stats', 'o:sql']},
      {id: 'esco:analyst', name: 'data analyst', origin: 'esco', skills: ['e:stats', 'e:sql', 'e:charts']},
      {id: 'esco:tester', name: 'software tester', origin: 'esco', skills: ['o:test', 'o:design']}
    ] AS r
    CREATE (role:Role {id: r.id, name: r.name, origin: r.origin})
    WITH role, r UNWIND r.skills AS s
    MERGE (k:Skill {id: s}) ON CREATE SET k.name = substring(s, 2), k.origin = r.origin
    CREATE (role)-[:REQUIRES_SKILL {importance: 4, origin: r.origin}]->(k)`);
  await graph.write(`
    MATCH (ed:Role {id: 'esco:dev'}), (od:Role {id: 'onet:dev'}), (oa:Role {id: 'onet:analyst'}), (ea:Role {id: 'esco:analyst'}), (et:Role {id: 'esco:tester'})
    CREATE (od)-[:MAPS_TO {origin: 'link', match: 'close', score: 0.8}]->(ed),
           (oa)-[:MAPS_TO {origin: 'link', match: 'close', score: 0.8}]->(ea),
           (et)-[:MAPS_TO {origin: 'link', match: 'broad', score: 0.7}]->(od),
           (od)-[:CAN_MOVE_TO {kind: 'related', stated: false, origin: 'onet', tier: 'Primary-Short', rank: 1}]->(oa)
    WITH od MATCH (bd:Role {id: 'backend-developer'})
    CREATE (bd)-[:MAPS_TO {origin: 'crosswalk', match: 'close', basis: 'test'}]->(od)`);
  api = await startTestApi(graph);
}, 600_000);

const routes = async (from: string, to: string, maxSteps: number) => {
  const { body } = await api.gql(`query($from: ID!, $to: ID!, $maxSteps: Int) { careerPaths(from: $from, to: $to, maxSteps: $maxSteps, first: 5) {
    totalCost steps { from { id } to { id } kind cost stated toLearn { id } } } }`, { from, to, maxSteps });
  expect(body.errors).toBeUndefined();
  return body.data.careerPaths as Array<{ totalCost: number; steps: Array<{ from: { id: string }; to: { id: string }; kind: string; cost: number; stated: boolean; toLearn: { id: string }[] }> }>;
};

describe('careerPaths across sources', () => {
  it('steps for free to the same occupation in another source, and does not count that step as a move', async () => {
    const [best] = await routes('esco:dev', 'esco:analyst', 1);
    expect(best.steps.map((s) => [s.from.id, s.to.id, s.kind])).toEqual([
      ['esco:dev', 'onet:dev', 'EQUIVALENT'],
      ['onet:dev', 'onet:analyst', 'RELATED'],
      ['onet:analyst', 'esco:analyst', 'EQUIVALENT'],
    ]);
    const [into, move, out] = best.steps;
    for (const free of [into, out]) expect(free).toMatchObject({ cost: EQUIVALENT_STEP_COST, stated: false, toLearn: [] });
    expect(move.cost).toBeGreaterThan(0);
    expect(move.toLearn.map((l) => l.id).sort()).toEqual(['o:sql', 'o:stats']);
    expect(best.totalCost).toBeCloseTo(move.cost + 2 * EQUIVALENT_STEP_COST, 9);
  });

  it('finds no route from one ESCO job to the other without O*NET\'s record', async () => {
    // The same question restricted to ESCO: nothing connects the two.
    const { body } = await api.gql('{ careerPaths(from: "esco:dev", to: "esco:analyst", maxSteps: 4, origins: [ESCO]) { totalCost } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.careerPaths).toEqual([]);
  });

  it('never treats a broad link as the same occupation', async () => {
    const paths = await routes('esco:tester', 'onet:dev', 2);
    // Tester and developer share skills: reached, by a move inferred from them that costs something.
    expect(paths[0].steps[0]).toMatchObject({ from: { id: 'esco:tester' }, to: { id: 'onet:dev' }, kind: 'SIMILAR' });
    expect(paths[0].totalCost).toBeGreaterThan(0);
    for (const p of paths) expect(p.steps.some((s) => s.kind === 'EQUIVALENT' && s.from.id === 'esco:tester')).toBe(false);
  });

  it('never makes a curated role the same occupation as the broader one it maps to', async () => {
    // The crosswalk's close links join a curated role to an occupation that covers more (labelled broader):
    // Backend Developer ≡ Software Developers → Data Analysts would be a one-move route, and must not be.
    for (const p of await routes('backend-developer', 'onet:analyst', 1)) {
      for (const s of p.steps) if (s.kind === 'EQUIVALENT') expect([s.from.id, s.to.id]).not.toContain('backend-developer');
    }
    const { body } = await api.gql('{ skillGap(from: "backend-developer", to: "onet:dev") { coverage } }');
    // The link itself still counts where it should: the curated role borrows the occupation's requirements.
    expect(body.data.skillGap.coverage).toBeGreaterThan(0);
  });

  it('offers no equivalent as a next move', async () => {
    const { body } = await api.gql('{ nextRoles(from: "esco:dev", first: 20) { role { id } kind } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.nextRoles.map((m: any) => m.kind)).not.toContain('EQUIVALENT');
  });
});
