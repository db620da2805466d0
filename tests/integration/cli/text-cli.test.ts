// `rolegraph extract` and `rolegraph match` as a user runs them, on the curated test graph.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiFixtures } from '../../support/fixtures.js';
import { testGraph, testNeo4j } from '../../support/db.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(ROOT, 'bin/rolegraph.js');

function cli(args: string[]) {
  const n = testNeo4j();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NEO4J_URI: n.uri, NEO4J_USERNAME: n.username, NEO4J_PASSWORD: n.password }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('rolegraph extract and match', () => {
  const graph = testGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-text-'));
  const cv = path.join(dir, 'cv.md');
  beforeAll(async () => {
    await loadApiFixtures(graph);
    fs.writeFileSync(cv, '# Sam\nBackend developer: REST APIs in Python and PostgreSQL, Docker on AWS, CI/CD pipelines.\n');
  }, 300_000);
  afterAll(() => graph.close());

  it('lists the skills a file names, and their line', () => {
    const r = cli(['extract', cv]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/skills, tools and practices in .*cv\.md:/);
    expect(r.stdout).toMatch(/Python \(tool, curated\) — label, 0\.95, 1× first on line 2: "Python"/);
    const json = JSON.parse(cli(['extract', cv, '--json']).stdout);
    expect(json.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(['python', 'postgresql', 'docker', 'aws']));
  });

  it('ranks the roles the file fits', () => {
    const r = cli(['match', cv, '--first', '5']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}\d\. Backend Developer — score/m);
  });

  it('says in one line why a file cannot be read', () => {
    const pdf = path.join(dir, 'cv.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4');
    for (const [file, reason] of [[pdf, 'cannot read .pdf'], [path.join(dir, 'missing.md'), 'no such file']]) {
      const r = cli(['extract', file]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`rolegraph: ${file}: ${reason}${reason.startsWith('cannot') ? ': give a .txt or .md file (save a PDF or Word CV as text first)' : ''}`);
    }
  });
});
