// The `rolegraph` CLI as a user runs it (a child process on the test Neo4j): an import killed with
// SIGKILL mid-way and re-run ends with exactly the graph of a clean import; expected errors print one
// line naming file and line and exit non-zero; stats and the crosswalk.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/store/graph.js';
import { importEsco } from '../../../src/importers/esco/index.js';
import { importOnet } from '../../../src/importers/onet/index.js';
import { Progress } from '../../../src/importers/progress.js';
import { resetGraph, testGraph, testNeo4j } from '../../support/db.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(ROOT, 'bin/rolegraph.js');
const FIX = path.join(ROOT, 'tests/fixtures');

function cliEnv() {
  const n = testNeo4j();
  return { ...process.env, NEO4J_URI: n.uri, NEO4J_USERNAME: n.username, NEO4J_PASSWORD: n.password };
}

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: cliEnv(), encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Counts by label and type, plus a check that no id occurs twice within a label. */
async function snapshot(graph: Graph) {
  const nodes = await graph.read('MATCH (n) WHERE NOT n:Meta UNWIND labels(n) AS l RETURN l, count(*) AS c, count(DISTINCT n.id) AS ids ORDER BY l');
  const rels = await graph.read('MATCH (a)-[r]->(b) RETURN type(r) AS t, count(*) AS c, count(DISTINCT [a.id, b.id]) AS pairs ORDER BY t');
  return { nodes, rels };
}

function tmpCopy(dir: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-cli-'));
  for (const f of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, f), path.join(to, f));
  return to;
}

let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
  await resetGraph(graph);
});
afterAll(() => graph.close());

describe('interrupted import', () => {
  it('re-run after SIGKILL converges on the counts of a clean import, with no duplicates', async () => {
    const dir = path.join(FIX, 'esco/ict');
    await importEsco(graph, dir, { progress: new Progress({ quiet: true }) });
    const clean = await snapshot(graph);
    await resetGraph(graph);

    // Linking is left out on both sides: this compares imports. Small batches make the import long enough to be killed in the middle of the relation files.
    const child = spawn(process.execPath, [BIN, 'import', 'esco', dir, '--batch-size', '20', '--no-crosswalk', '--no-link'], { cwd: ROOT, env: cliEnv(), detached: true, stdio: 'ignore' });
    let atKill = 0;
    for (let i = 0; i < 600 && atKill === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      atKill = (await graph.read('MATCH ()-[r:REQUIRES_SKILL]->() RETURN count(r) AS c'))[0].c;
    }
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const killed = await snapshot(graph);
    const requires = (s: typeof clean) => s.rels.find((r) => r.t === 'REQUIRES_SKILL')?.c ?? 0;
    expect(requires(killed)).toBeGreaterThan(0);
    expect(requires(killed)).toBeLessThan(requires(clean));

    const rerun = cli(['import', 'esco', dir, '--no-crosswalk', '--no-link']);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain('ESCO v1.1.1 import: done');
    const after = await snapshot(graph);
    expect(after).toEqual(clean);
    for (const n of after.nodes) expect(n.ids).toBe(n.c);
    for (const r of after.rels) expect(r.pairs).toBe(r.c);
  }, 600_000);
});

describe('CLI', () => {
  it('prints help for the root and each command', () => {
    expect(cli(['--help']).stdout).toContain('import esco <dir>');
    for (const cmd of ['import', 'seed', 'crosswalk', 'stats']) {
      const r = cli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: rolegraph ${cmd}`);
    }
  });

  it('fails with one line naming the missing file', () => {
    const dir = tmpCopy(path.join(FIX, 'esco/small'));
    fs.rmSync(path.join(dir, 'skills_en.csv'));
    const r = cli(['import', 'esco', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`rolegraph: ${path.join(dir, 'skills_en.csv')}: file not found`);
  });

  it('fails with file and line on a wrong header, without a stack trace', () => {
    const dir = tmpCopy(path.join(FIX, 'onet/small'));
    const file = path.join(dir, 'Job Zones.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Job Zone\t', 'Zone\t'));
    const r = cli(['import', 'onet', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`rolegraph: ${file}:1: missing required column "Job Zone"`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails with file and line on a malformed row', () => {
    const dir = tmpCopy(path.join(FIX, 'esco/small'));
    const file = path.join(dir, 'skillSkillRelations.csv');
    fs.appendFileSync(file, 'http://x,knowledge,optional,knowledge,http://y,extra\r\n');
    const lines = fs.readFileSync(file, 'utf8').split('\r\n').length - 1;
    const r = cli(['import', 'esco', dir, '--no-crosswalk']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`rolegraph: ${file}:${lines}: malformed row: 6 fields, but the header has 5 columns`);
  });

  it('rejects unknown commands and options with exit code 2', () => {
    expect(cli(['frobnicate']).code).toBe(2);
    const r = cli(['stats', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --bogus');
  });

  it('says what a usage mistake is in one line pointing at the help of the command', () => {
    const cases: [string[], string][] = [
      [['frobnicate'], 'rolegraph: unknown command "frobnicate" (see rolegraph --help)'],
      [['stats', '--bogus'], 'rolegraph: unknown option --bogus (see rolegraph stats --help)'],
      [['import'], 'rolegraph: import needs a dataset kind, "esco" or "onet" (got nothing) (see rolegraph import --help)'],
      [['import', 'isco', 'x'], 'rolegraph: import needs a dataset kind, "esco" or "onet" (got "isco") (see rolegraph import --help)'],
      [['import', 'onet', path.join(FIX, 'onet/small'), '--batch-size', '0'], 'rolegraph: --batch-size must be a positive integer (see rolegraph import onet --help)'],
    ];
    for (const [args, line] of cases) {
      const r = cli(args);
      expect([r.code, r.stderr]).toEqual([2, `${line}\n`]);
    }
    const bare = cli([]);
    expect([bare.code, bare.stdout]).toEqual([2, expect.stringContaining('Usage: rolegraph <command>')]);
    expect(cli(['help']).code).toBe(0);
  });

  it('stats --json counts by label, type and origin', () => {
    const r = cli(['stats', '--json']);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats.nodes).toContainEqual({ name: 'Role', origin: 'esco', count: 69 });
    expect(stats.relationships.some((c: { name: string; origin: string }) => c.name === 'REQUIRES_SKILL' && c.origin === 'esco')).toBe(true);
  });
});

describe('crosswalk', () => {
  it('links curated roles to the loaded ESCO and O*NET occupations and skips targets not loaded', async () => {
    await resetGraph(graph);
    const { seedCurated } = await import('../../../src/importers/curated/index.js');
    await seedCurated(graph);
    await importEsco(graph, path.join(FIX, 'esco/small'), { progress: new Progress({ quiet: true }) });
    await importOnet(graph, path.join(FIX, 'onet/small'), { progress: new Progress({ quiet: true }) });
    const r = cli(['crosswalk', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.skipped['target occupation not loaded'].count).toBeGreaterThan(0);
    const links = await graph.read(
      "MATCH (:Role {id: 'backend-developer'})-[m:MAPS_TO]->(t:Role) RETURN t.origin AS origin, t.name AS name, m.match AS match, m.basis AS basis, m.origin AS o ORDER BY origin",
    );
    expect(links.map((l) => [l.origin, l.name, l.match, l.o])).toEqual([
      ['esco', 'software developer', 'close', 'crosswalk'],
      ['onet', 'Software Developers', 'close', 'crosswalk'],
    ]);
    expect(links.every((l) => l.basis.length > 0)).toBe(true);
    // a second run changes nothing
    const before = await graph.read('MATCH ()-[m:MAPS_TO]->() RETURN count(m) AS c');
    expect(cli(['crosswalk']).code).toBe(0);
    expect(await graph.read('MATCH ()-[m:MAPS_TO]->() RETURN count(m) AS c')).toEqual(before);
  }, 300_000);
});
