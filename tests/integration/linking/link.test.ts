// `rolegraph link` end to end against a real Neo4j and the real model: the curated graph plus a few ESCO
// and O*NET occupations, skills and tools that name the same things in their own words.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { ImportError } from '../../../src/importers/errors.js';
import { linkGraph, type LinkReport } from '../../../src/linking/index.js';
import { loadReviewed } from '../../../src/linking/overrides.js';
import { RELATED } from '../../../src/linking/related.js';
import { resetGraph, testGraph } from '../../support/db.js';

const ESCO = 'http://data.europa.eu/esco';
const ESCO_PYTHON = `${ESCO}/skill/python`;
const ESCO_DEVELOPER = `${ESCO}/occupation/software-developer`;
const ESCO_BOOKKEEPER = `${ESCO}/occupation/bookkeeper`;

const noReviews = (dir: string) => {
  const file = path.join(dir, 'reviewed.yaml');
  fs.writeFileSync(file, 'accept: []\nreject: []\n');
  return file;
};

describe('linkGraph', () => {
  const graph = testGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-link-'));
  let first: LinkReport;

  const sameAs = async () =>
    (await graph.read(
      `MATCH (a)-[l:SAME_AS {origin: 'link'}]->(b) RETURN a.id AS a, b.id AS b, l.method AS method, l.score AS score ORDER BY a, b`,
    )) as { a: string; b: string; method: string; score: number }[];
  const linked = (links: { a: string; b: string }[], x: string, y: string) => links.some((l) => (l.a === x && l.b === y) || (l.a === y && l.b === x));

  beforeAll(async () => {
    await resetGraph(graph);
    await seedCurated(graph);
    await graph.write(
      `CREATE (dev:Role {id: $dev, name: 'software developer', origin: 'esco',
                 description: 'Software developers implement or program all kinds of software systems based on specifications and designs by using programming languages, tools, and platforms.'}),
              (book:Role {id: $book, name: 'bookkeeper', origin: 'esco',
                 description: 'Bookkeepers record and assemble the daily financial transactions of the organisation or business.'}),
              (sd:Role {id: '15-1252.00', name: 'Software Developers', origin: 'onet',
                 description: 'Research, design, and develop computer and network software or specialized utility programs.'}),
              (clerk:Role {id: '43-3031.00', name: 'Bookkeeping, Accounting, and Auditing Clerks', origin: 'onet',
                 description: 'Compute, classify, and record numerical data to keep financial records complete.'}),
              (py:Skill {id: $py, name: 'Python (computer programming)', origin: 'esco', aliases: [],
                 description: 'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Python.'}),
              (pg:Skill {id: $pg, name: 'PostgreSQL', origin: 'esco', aliases: [],
                 description: 'The computer program PostgreSQL is a free and open-source database management system tool.'}),
              (ledger:Skill {id: $ledger, name: 'bookkeeping regulations', origin: 'esco', aliases: [],
                 description: 'The rules and regulations involved in the process of accurate bookkeeping.'}),
              (opy:Tool {id: 'onet-tool:python', name: 'Python', origin: 'onet', aliases: [], commodityTitle: 'Object or component oriented development software'}),
              (odocker:Tool {id: 'onet-tool:docker', name: 'Docker', origin: 'onet', aliases: [], commodityTitle: 'Operating system software'}),
              (omysql:Tool {id: 'onet-tool:mysql', name: 'MySQL', origin: 'onet', aliases: [], commodityTitle: 'Data base management system software'}),
              (oquick:Tool {id: 'onet-tool:quickbooks', name: 'Intuit QuickBooks', origin: 'onet', aliases: [], commodityTitle: 'Accounting software'}),
              (dev)-[:REQUIRES_SKILL {importance: 4, origin: 'esco'}]->(py),
              (dev)-[:REQUIRES_SKILL {importance: 2, origin: 'esco'}]->(pg),
              (book)-[:REQUIRES_SKILL {importance: 4, origin: 'esco'}]->(ledger),
              (sd)-[:USES_TOOL {origin: 'onet'}]->(opy),
              (sd)-[:USES_TOOL {origin: 'onet'}]->(odocker),
              (sd)-[:USES_TOOL {origin: 'onet'}]->(omysql),
              (clerk)-[:USES_TOOL {origin: 'onet'}]->(oquick)`,
      { dev: ESCO_DEVELOPER, book: ESCO_BOOKKEEPER, py: ESCO_PYTHON, pg: `${ESCO}/skill/postgresql`, ledger: `${ESCO}/skill/bookkeeping-regulations` },
    );
    first = await linkGraph(graph, { reviewedFile: noReviews(dir) });
  }, 600_000);
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await graph.close();
  });

  it('links the same tool and skill across the three sources, saying how each was matched', async () => {
    const links = await sameAs();
    expect(linked(links, 'docker', 'onet-tool:docker')).toBe(true);
    expect(linked(links, 'python', 'onet-tool:python')).toBe(true);
    expect(linked(links, 'python', ESCO_PYTHON)).toBe(true);
    expect(linked(links, 'postgresql', `${ESCO}/skill/postgresql`)).toBe(true);
    for (const l of links) {
      expect(l.score).toBeGreaterThanOrEqual(0.85);
      expect(l.score).toBeLessThanOrEqual(1);
      expect(l.method).toMatch(/^[a-z]+$/);
    }
    // Different things that sit close in the vector space are not one: MySQL is not PostgreSQL.
    expect(linked(links, 'postgresql', 'onet-tool:mysql')).toBe(false);
    expect(first.sameAs).toBe(links.length);
    expect(Object.values(first.byMethod).reduce((a, b) => a + b, 0)).toBe(links.length);
  });

  it('relates close concepts outside their own cluster, never a concept to itself or its twin', async () => {
    const related = await graph.read(
      `MATCH (a)-[r:RELATED_TO {origin: 'link'}]->(b)
       RETURN a.id AS a, b.id AS b, r.score AS score, EXISTS { (a)-[:SAME_AS]-(b) } AS twins`,
    );
    expect(related.length).toBe(first.related);
    expect(related.length).toBeGreaterThan(0);
    for (const r of related) {
      expect(r.a).not.toBe(r.b);
      expect(r.twins).toBe(false);
      expect(r.score).toBeGreaterThanOrEqual(RELATED.minScore);
    }
  });

  it('maps each O*NET occupation to its ESCO counterpart, not to an unrelated one', async () => {
    const maps = await graph.read(
      `MATCH (o:Role {origin: 'onet'})-[m:MAPS_TO {origin: 'link'}]->(e:Role {origin: 'esco'}) RETURN o.id AS onet, e.id AS esco, m.match AS match ORDER BY onet`,
    );
    expect(maps.map((m) => [m.onet, m.esco])).toEqual([['15-1252.00', ESCO_DEVELOPER], ['43-3031.00', ESCO_BOOKKEEPER]]);
    expect(first.occupations).toBe(2);
  });

  it('reports its stages, and a second run embeds nothing and writes the same links', async () => {
    expect(first.embedded.embedded).toBeGreaterThan(0);
    expect(Object.keys(first.stages).sort()).toEqual(['embed', 'occupations', 'related', 'sameAs', 'write']);
    const stageSum = Object.values(first.stages).reduce((a, b) => a + b, 0);
    expect(stageSum).toBeLessThanOrEqual(first.seconds + 0.01);
    const before = await sameAs();
    const again = await linkGraph(graph, { reviewedFile: noReviews(dir) });
    expect(again.embedded).toMatchObject({ embedded: 0, unchanged: first.embedded.embedded + first.embedded.unchanged });
    expect(await sameAs()).toEqual(before);
    expect([again.related, again.occupations]).toEqual([first.related, first.occupations]);
  });

  it('follows the reviewed decisions: a rejected pair stays apart, an accepted one is joined', async () => {
    const file = path.join(dir, 'decided.yaml');
    fs.writeFileSync(file, [
      'accept:',
      `  - {a: ${ESCO}/skill/bookkeeping-regulations, b: onet-tool:quickbooks, why: test}`,
      'reject:',
      '  - {a: docker, b: onet-tool:docker, why: test}',
      '',
    ].join('\n'));
    const report = await linkGraph(graph, { reviewedFile: file });
    const links = await sameAs();
    expect(linked(links, 'docker', 'onet-tool:docker')).toBe(false);
    expect(links.find((l) => linked([l], `${ESCO}/skill/bookkeeping-regulations`, 'onet-tool:quickbooks'))).toMatchObject({ method: 'reviewed', score: 1 });
    expect(report.byMethod.reviewed).toBe(1);
    await linkGraph(graph, { reviewedFile: noReviews(dir) });
    expect(linked(await sameAs(), 'docker', 'onet-tool:docker')).toBe(true);
  });

  it('names the file and line of a malformed reviewed file', () => {
    const file = path.join(dir, 'bad.yaml');
    fs.writeFileSync(file, 'accept:\n  - {a: docker, b: onet-tool:docker}\n');
    let err: unknown;
    try {
      loadReviewed(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect(String((err as Error).message)).toContain(`${file}:2`);
    expect(String((err as Error).message)).toMatch(/why/);
  });
});
