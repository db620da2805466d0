// Loading the curated data: idempotent re-runs, pruning of what the files dropped, and the generated
// Browser script producing the same graph as the loader.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitStatements } from '../../../src/store/cypherFiles.js';
import { readGraphVersion } from '../../../src/store/graphVersion.js';
import type { Graph } from '../../../src/store/graph.js';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { resetGraph, testGraph } from '../../support/db.js';

const graph = testGraph();
beforeAll(() => resetGraph(graph), 300_000);
afterAll(() => graph.close());

async function counts(g: Graph) {
  const nodes = await g.read('MATCH (n) RETURN labels(n)[0] AS k, count(*) AS c ORDER BY k');
  const rels = await g.read('MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c ORDER BY k');
  const asObj = (rows: { k: string; c: number }[]) => Object.fromEntries(rows.map((r) => [r.k, r.c]));
  return { nodes: asObj(nodes as never), rels: asObj(rels as never) };
}

// Long per-test timeouts: each test loads the graph up to twice on a possibly CPU-starved machine.
const SLOW = { timeout: 300_000 };

describe('seedCurated', () => {
  it('writes what it reports, and a second load changes no counts and creates nothing', SLOW, async () => {
    const first = await seedCurated(graph);
    const afterFirst = await counts(graph);
    const { Meta, ...curatedNodes } = afterFirst.nodes;
    expect(Meta).toBe(1);
    expect(curatedNodes).toEqual(first.nodes);
    expect(afterFirst.rels).toEqual(first.relationships);

    const second = await seedCurated(graph);
    expect(await counts(graph)).toEqual(afterFirst);
    expect(second.nodes).toEqual(first.nodes);
    expect(second.relationships).toEqual(first.relationships);
    expect(second.nodesCreated).toBe(0);
    expect(second.relationshipsCreated).toBe(0);
    expect(second.graphVersion).toBe(first.graphVersion + 1);
    expect(await readGraphVersion(graph)).toBe(second.graphVersion);
  });

  it('removes curated nodes and relationships the files no longer hold, and leaves other origins alone', SLOW, async () => {
    const before = await counts(graph);
    await graph.write(`
      CREATE (:Skill {id: 'stale-curated', origin: 'curated'}), (:Skill {id: 'from-esco', origin: 'esco'})
      WITH 1 AS x
      MATCH (a:Role {id: 'backend-developer'}), (b:Role {id: 'platform-engineer'}), (c:Role {id: 'qa-tester'})
      CREATE (a)-[:CAN_MOVE_TO {origin: 'curated', stated: true, sources: ['bd-vs-dxe']}]->(b),
             (a)-[:MAPS_TO {origin: 'esco'}]->(c)`);
    const report = await seedCurated(graph);
    expect(report.nodesRemoved).toBe(1);
    expect(report.relationshipsRemoved).toBe(1);
    const after = await counts(graph);
    expect(after.nodes.Skill).toBe(before.nodes.Skill + 1);
    expect(after.rels.MAPS_TO).toBe(1);
    expect(after.rels.CAN_MOVE_TO).toBe(before.rels.CAN_MOVE_TO);
    await graph.write("MATCH (n:Skill {id: 'from-esco'}) DETACH DELETE n");
    await graph.write("MATCH ()-[r:MAPS_TO {origin: 'esco'}]->() DELETE r");
  });

  it('restores properties a user changed by hand (replace semantics)', SLOW, async () => {
    await graph.write("MATCH (r:Role {id: 'backend-engineer'}) SET r.name = 'Renamed', r.extra = 1");
    await seedCurated(graph);
    const [row] = await graph.read("MATCH (r:Role {id: 'backend-engineer'}) RETURN r.name AS name, r.extra AS extra");
    expect(row).toEqual({ name: 'Backend Engineer', extra: null });
  });
});

describe('cypher/seed/curated.cypher (the Browser script)', () => {
  it('builds the same graph as the loader', SLOW, async () => {
    const expected = await counts(graph);
    await resetGraph(graph);
    const script = fs.readFileSync(path.join(import.meta.dirname, '../../../cypher/seed/curated.cypher'), 'utf8');
    for (const statement of splitStatements(script)) await graph.write(statement);
    const got = await counts(graph);
    expect(got).toEqual(expected);
    const [row] = await graph.read("MATCH (:Role {id: 'backend-developer'})-[r:CAN_MOVE_TO]->(:Role {id: 'backend-engineer'}) RETURN r.stated AS stated");
    expect(row.stated).toBe(false);
  });
});
