// `rolegraph extract` and `rolegraph match` as a user runs them, on the curated test graph.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiFixtures } from '../../support/fixtures.js';
import { testGraph, testNeo4j } from '../../support/db.js';
import { encryptedPdf, imageOnlyPdf } from '../../fixtures/pdf/make.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(ROOT, 'bin/rolegraph.js');
/** A one-page CV (tests/fixtures/pdf/make.ts writes it). */
const CV_PDF = path.join(ROOT, 'tests/fixtures/pdf/cv.pdf');

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

  it('reads a PDF CV: the skills on its lines, and the roles it fits', () => {
    const r = cli(['extract', CV_PDF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Python \(tool, curated\) — label, 0\.95, 1× first on line 3: "Python"/);
    const ids = JSON.parse(cli(['extract', CV_PDF, '--json']).stdout).map((e: { id: string }) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'postgresql', 'docker', 'aws']));
    const m = cli(['match', CV_PDF, '--first', '5']);
    expect(m.code).toBe(0);
    expect(m.stdout).toMatch(/^ {2}\d\. Backend Developer — score/m);
  });

  it('says in one line why a file cannot be read', () => {
    const damaged = path.join(dir, 'damaged.pdf');
    fs.writeFileSync(damaged, '%PDF-1.4');
    const scan = path.join(dir, 'scan.pdf');
    fs.writeFileSync(scan, imageOnlyPdf());
    const locked = path.join(dir, 'locked.pdf');
    fs.writeFileSync(locked, encryptedPdf());
    const word = path.join(dir, 'cv.docx');
    fs.writeFileSync(word, 'PK');
    const cases: [string, string, string][] = [
      ['extract', damaged, 'not a readable PDF (damaged, or not a PDF)'],
      ['match', scan, 'the PDF has no text layer (its page is images, e.g. a scan): run it through OCR, or save it as text'],
      ['extract', locked, 'the PDF is password-protected: save it without a password, or as text'],
      ['match', word, 'cannot read .docx: give a .txt, .md or .pdf file (save a Word CV as PDF or text first)'],
      ['extract', path.join(dir, 'missing.md'), 'no such file'],
    ];
    for (const [command, file, reason] of cases) {
      const r = cli([command, file]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`rolegraph: ${file}: ${reason}`);
    }
  });
});
