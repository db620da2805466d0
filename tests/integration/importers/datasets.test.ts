// Imports the ESCO and O*NET fixture slices into the test Neo4j: counts, provenance, skipped-row
// reports and idempotency (a second import gives the same graph).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/store/graph.js';
import { readGraphVersion } from '../../../src/store/graphVersion.js';
import { importEsco } from '../../../src/importers/esco/index.js';
import { importOnet } from '../../../src/importers/onet/index.js';
import { Progress } from '../../../src/importers/progress.js';
import { resetGraph, testGraph } from '../../support/db.js';

const FIX = path.resolve(import.meta.dirname, '../../fixtures');
const quiet = () => new Progress({ quiet: true });
const DROPPED = 'http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02';

async function counts(graph: Graph) {
  const nodes = await graph.read('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  const rels = await graph.read('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
  return { nodes: Object.fromEntries(nodes.map((r) => [r.l, r.c])), rels: Object.fromEntries(rels.map((r) => [r.t, r.c])) };
}

let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
  await resetGraph(graph);
});
afterAll(() => graph.close());

describe('ESCO import of the small fixture', () => {
  let first: Awaited<ReturnType<typeof importEsco>>;
  beforeAll(async () => {
    first = await importEsco(graph, path.join(FIX, 'esco/small'), { progress: quiet(), batchSize: 100 });
  });

  it('writes the concepts and links in the files', async () => {
    const c = await counts(graph);
    expect(c.nodes).toMatchObject({ Role: 4, Skill: 183, Source: 1 });
    const skippedLinks = first.skipped.get('occupationSkillRelations.csv: skill not in skills file')!;
    expect(c.rels.REQUIRES_SKILL).toBe(389 - skippedLinks.count);
    const [sd] = await graph.read(
      "MATCH (r:Role {id: 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1'}) RETURN r.name AS name, r.iscoGroup AS isco, r.aliases AS aliases, r.keys AS keys, r.aliasesText AS text",
    );
    expect(sd.name).toBe('software developer');
    expect(sd.isco).toBe('2512');
    expect(sd.aliases).toContain('software engineer');
    expect(sd.keys).toContain('software engineer');
    expect(sd.text).toContain('software engineer | ');
  });

  it('records origin and dataset version on every node and relationship', async () => {
    const [n] = await graph.read("MATCH (n) WHERE NOT n:Meta AND (n.origin <> 'esco' OR n.datasetVersion <> 'ESCO v1.1.1') RETURN count(n) AS bad");
    const [r] = await graph.read("MATCH ()-[r]->() WHERE r.origin <> 'esco' OR r.datasetVersion IS NULL RETURN count(r) AS bad");
    expect([n.bad, r.bad]).toEqual([0, 0]);
    const [src] = await graph.read("MATCH (s:Source {id: 'esco-v1.1.1'}) RETURN s.attribution AS a, s.license AS l");
    expect(src.a).toBe('This service uses the ESCO classification of the European Commission.');
  });

  it('weights essential skills above optional ones and builds the hierarchies', async () => {
    const rows = await graph.read('MATCH ()-[r:REQUIRES_SKILL]->() RETURN r.relationType AS t, collect(DISTINCT r.importance) AS imp ORDER BY t');
    expect(rows).toEqual([{ t: 'essential', imp: [4] }, { t: 'optional', imp: [2] }]);
    const [b] = await graph.read("MATCH (:Role)-[:BROADER]->(g:OccupationGroup {id: 'http://data.europa.eu/esco/isco/C2512'}) RETURN count(*) AS c");
    expect(b.c).toBeGreaterThan(0);
    const [chain] = await graph.read("MATCH p = (:OccupationGroup {id: 'http://data.europa.eu/esco/isco/C2512'})-[:BROADER*]->(top:OccupationGroup) WHERE NOT (top)-[:BROADER]->() RETURN top.id AS top");
    expect(chain.top).toBe('http://data.europa.eu/esco/isco/C2');
    const [sg] = await graph.read('MATCH (:Skill)-[:BROADER]->(:SkillGroup) RETURN count(*) AS c');
    expect(sg.c).toBeGreaterThan(0);
  });

  it('reports rows that refer to a skill missing from the files, with file and line, and never invents it', async () => {
    const skipped = first.skipped.get('occupationSkillRelations.csv: skill not in skills file')!;
    expect(skipped.count).toBeGreaterThan(0);
    expect(skipped.examples[0]).toMatch(new RegExp(`^occupationSkillRelations\\.csv:\\d+: ${DROPPED}$`));
    const [n] = await graph.read('MATCH (s {id: $id}) RETURN count(s) AS c', { id: DROPPED });
    expect(n.c).toBe(0);
  });

  it('gives the same graph on a second import and says nothing was created', async () => {
    const before = await counts(graph);
    const version = await readGraphVersion(graph);
    const second = await importEsco(graph, path.join(FIX, 'esco/small'), { progress: quiet(), batchSize: 37 });
    expect(await counts(graph)).toEqual(before);
    for (const w of second.written.values()) expect(w.created).toBe(0);
    expect(await readGraphVersion(graph)).toBe(version + 1);
  });
});

describe('O*NET import of the small fixture', () => {
  let report: Awaited<ReturnType<typeof importOnet>>;
  beforeAll(async () => {
    await resetGraph(graph);
    report = await importOnet(graph, path.join(FIX, 'onet/small'), { progress: quiet() });
  });

  it('writes occupations with job zones, tools with flags, rated skills and related occupations', async () => {
    const c = await counts(graph);
    expect(c.nodes.Role).toBe(4);
    const [sd] = await graph.read("MATCH (r:Role {id: '15-1252.00'}) RETURN r.name AS name, r.jobZone AS zone, r.origin AS origin");
    expect(sd).toEqual({ name: 'Software Developers', zone: 4, origin: 'onet' });
    const tools = await graph.read("MATCH (:Role {id: '15-1252.00'})-[u:USES_TOOL]->(t:Tool) RETURN t.id AS id, t.kind AS kind, u.hot AS hot, u.inDemand AS inDemand");
    expect(tools).toHaveLength(25);
    expect(tools.every((t) => t.id.startsWith('onet-tool:') && typeof t.hot === 'boolean' && typeof t.inDemand === 'boolean')).toBe(true);
    const skills = await graph.read("MATCH (:Role {id: '15-1254.00'})-[r:REQUIRES_SKILL]->(s:Skill {id: 'onet:2.B.3.e'}) RETURN s.name AS name, s.category AS cat, r.im AS im, r.lv AS lv, r.importance AS imp");
    expect(skills).toHaveLength(1);
    expect(skills[0]).toMatchObject({ name: 'Programming', cat: 'Technical Skills' });
    expect(skills[0].imp).toBe(Math.round(skills[0].im));
    expect(skills[0].lv).toBeGreaterThan(0);
    const [low] = await graph.read('MATCH ()-[r:REQUIRES_SKILL]->() WHERE r.im < 3.0 RETURN count(r) AS c');
    expect(low.c).toBe(0);
    // Related Occupations are O*NET's recorded relatedness, not moves a source states.
    const moves = await graph.read("MATCH (:Role {id: '15-1252.00'})-[m:CAN_MOVE_TO]->(t:Role) RETURN t.id AS id, m.kind AS kind, m.tier AS tier, m.rank AS rank, m.stated AS stated ORDER BY m.rank");
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.every((m) => m.kind === 'related' && m.stated === false && typeof m.rank === 'number' && m.tier)).toBe(true);
  });

  it('skips related occupations outside the files and reports them', async () => {
    const s = report.skipped.get('Related Occupations.txt: related occupation not in Occupation Data.txt')!;
    expect(s.count).toBeGreaterThan(0);
    expect(s.examples[0]).toMatch(/^Related Occupations\.txt:\d+: \d\d-\d{4}\.\d\d$/);
    const [n] = await graph.read('MATCH (r:Role) RETURN count(r) AS c');
    expect(n.c).toBe(4);
  });

  it('is idempotent', async () => {
    const before = await counts(graph);
    await importOnet(graph, path.join(FIX, 'onet/small'), { progress: quiet(), batchSize: 10 });
    expect(await counts(graph)).toEqual(before);
  });
});
