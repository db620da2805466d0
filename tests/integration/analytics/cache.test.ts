// The analytics projection follows the graph: a write that bumps the graph version shows in the answers
// after invalidate(), or without it once the version-check interval has passed; invalidate() alone
// reloads even when the writer forgot to bump. The check interval runs on an injected clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AnalyticsService } from '../../../src/analytics/service.js';
import { bumpGraphVersion } from '../../../src/store/graphVersion.js';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { resetGraph, testGraph } from '../../support/db.js';

const graph = testGraph();
const FROM = 'backend-developer';
const TO = 'platform-engineer';
const CHECK_EVERY_MS = 1_000;

let now = 0;
let service: AnalyticsService;
/** A skill the target requires at the top importance that FROM lacks, so adding it moves coverage. */
let skill: string;

beforeAll(async () => {
  await resetGraph(graph);
  await seedCurated(graph);
}, 600_000);
afterAll(() => graph.close());

beforeEach(async () => {
  await graph.write("MATCH ()-[q:REQUIRES_SKILL {origin: 'test'}]->() DELETE q");
  await bumpGraphVersion(graph);
  now = 0;
  service = new AnalyticsService(graph, { checkEveryMs: CHECK_EVERY_MS, now: () => now, warmPaths: false });
  skill = (await service.skillGap(FROM, TO)).toLearn[0].id;
});

/** FROM learns `skill`: the kind of write an import or curation makes. */
async function learnSkill(bump: boolean) {
  await graph.write(
    "MATCH (r:Role {id: $role}), (s:Skill {id: $skill}) CREATE (r)-[:REQUIRES_SKILL {importance: 5, origin: 'test'}]->(s)",
    { role: FROM, skill },
  );
  if (bump) await bumpGraphVersion(graph);
}

describe('analytics cache refresh', () => {
  it('answers from the cached projection until invalidate(), then from the new graph', async () => {
    const before = await service.skillGap(FROM, TO);
    expect(before.transferable).not.toContain(skill);
    await learnSkill(true);
    now += CHECK_EVERY_MS / 2;
    const cached = await service.skillGap(FROM, TO);
    expect(cached.transferable).toEqual(before.transferable);
    expect(cached.coverage).toBe(before.coverage);

    // what the skill was worth to TO in the old projection: importance × specificity, less any partial credit
    const old = await service.cache.get();
    const learnt = before.toLearn.find((s) => s.id === skill)!;
    const worth = (learnt.importance * old.space.specificity[old.conceptOf.get(skill)!] * (1 - learnt.credit)) / 5;
    expect(worth).toBeGreaterThan(0);

    service.invalidate();
    const after = await service.skillGap(FROM, TO);
    expect(after.transferable).toContain(skill);
    expect(after.toLearn.map((s) => s.id)).not.toContain(skill);
    expect(after.coverage!).toBeGreaterThan(before.coverage!);
    // the rest of the gap is untouched (no other skill's rarity moved), so effort drops by exactly that worth
    expect(after.effort!).toBeCloseTo(before.effort! - worth, 9);
  });

  it('sees a bumped write without invalidate() once the check interval has passed', async () => {
    const similarBefore = await service.similarRoles(FROM, 25);
    const before = await service.skillGap(FROM, TO);
    await learnSkill(true);
    now += CHECK_EVERY_MS - 1;
    expect((await service.skillGap(FROM, TO)).coverage).toBe(before.coverage);
    now += 2;
    const after = await service.skillGap(FROM, TO);
    expect(after.transferable).toContain(skill);
    expect(after.coverage!).toBeGreaterThan(before.coverage!);
    // every question reads the same new projection: FROM now shares `skill` with TO
    const similarAfter = await service.similarRoles(FROM, 25);
    const shared = (list: typeof similarAfter) => list.find((s) => s.role === TO)?.sharedSkills ?? [];
    expect(shared(similarBefore)).not.toContain(skill);
    expect(shared(similarAfter)).toContain(skill);
  });

  it('keeps the projection when the interval passes but the version did not move', async () => {
    const before = await service.skillGap(FROM, TO);
    await learnSkill(false);
    now += CHECK_EVERY_MS * 5;
    expect((await service.skillGap(FROM, TO)).coverage).toBe(before.coverage);
  });

  it('reloads on invalidate() even when the writer did not bump the version', async () => {
    const before = await service.skillGap(FROM, TO);
    await learnSkill(false);
    service.invalidate();
    const after = await service.skillGap(FROM, TO);
    expect(after.transferable).toContain(skill);
    expect(after.coverage!).toBeGreaterThan(before.coverage!);
  });

  it('answers the first question after a load before computing any route edges, then fills them all in the background', async () => {
    const warming = new AnalyticsService(graph, { checkEveryMs: CHECK_EVERY_MS, now: () => now });
    const similar = await warming.similarRoles(FROM, 5);
    expect(similar.length).toBeGreaterThan(0);
    const p = await warming.cache.get();
    expect(p.moveEdges.size).toBe(0); // the warm-up waits for the answer to go out first
    // every job gets its edges (teams and stakeholders are never moved into, so they have none)
    const jobs = p.isJob.reduce((n, j) => n + j, 0);
    expect(jobs).toBeGreaterThan(0);
    expect(jobs).toBeLessThan(p.roles.length);
    for (let turns = 0; p.moveEdges.size < jobs; turns++) {
      expect(turns).toBeLessThan(100_000);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(p.moveEdges.size).toBe(jobs);
    expect([...p.moveEdges.keys()].every((i) => p.isJob[i] === 1)).toBe(true);
    // routes use the warmed edges and agree with a service that computes them on demand
    expect(await warming.careerPaths(FROM, TO, 3, 3)).toEqual(await service.careerPaths(FROM, TO, 3, 3));
  });
});
