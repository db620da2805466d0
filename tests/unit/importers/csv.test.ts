import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DelimitedParser, openDelimited, parseDelimited } from '../../../src/importers/csv.js';
import { ImportError } from '../../../src/importers/errors.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

function tmpFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-csv-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function collect(file: string, opts: Parameters<typeof openDelimited>[1] = {}) {
  const out = [];
  for await (const r of openDelimited(file, opts).records()) out.push(r);
  return out;
}

describe('parseDelimited', () => {
  it('reads quoted fields with delimiters, doubled quotes and newlines, and reports start lines', () => {
    const rows = parseDelimited('a,b,c\r\n1,"x, ""y""",z\r\n2,"multi\nline\nlabel",w\r\n3,,\r\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, "y"', 'z'] },
      { line: 3, fields: ['2', 'multi\nline\nlabel', 'w'] },
      { line: 6, fields: ['3', '', ''] },
    ]);
  });

  it('accepts LF, CRLF and a missing final newline alike', () => {
    const lf = parseDelimited('a,b\n1,2\n3,4');
    const crlf = parseDelimited('a,b\r\n1,2\r\n3,4\r\n');
    expect(lf).toEqual(crlf);
    expect(lf.map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('strips a BOM and skips blank lines', () => {
    expect(parseDelimited('\uFEFFid,name\n\n1,x\n').map((r) => r.fields)).toEqual([['id', 'name'], ['1', 'x']]);
  });

  it('gives the same rows however the text is split into chunks (CRLF and quotes across chunk ends)', () => {
    const text = 'id,label\r\n1,"a\r\nb ""q"""\r\n2,plain\r\n';
    const whole = parseDelimited(text);
    for (let size = 1; size <= text.length; size++) {
      const p = new DelimitedParser('x.csv');
      for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size));
      p.end();
      expect(p.take()).toEqual(whole);
    }
  });

  it('uses the configured delimiter (O*NET tab-separated files, with a quoted field)', () => {
    const rows = parseDelimited('code\tExample\n13-1032.00\t"Laser facsimile machines"""\n', { delimiter: '\t' });
    expect(rows[1].fields).toEqual(['13-1032.00', 'Laser facsimile machines"']);
  });

  it('rejects an unterminated quote with the line where the record starts', () => {
    expect(() => parseDelimited('a,b\n1,"open\nstill open\n', { file: 'bad.csv' })).toThrow('bad.csv:2: malformed row: a quoted field is never closed');
  });

  it('rejects text after a closing quote', () => {
    expect(() => parseDelimited('a,b\n1,"x"y\n', { file: 'bad.csv' })).toThrow(/^bad\.csv:2: malformed row/);
  });
});

describe('openDelimited', () => {
  it('yields header-keyed records and pads short rows', async () => {
    const file = tmpFile('t.csv', 'id,name,extra\r\n1,one\r\n2,two,x\r\n');
    const rows = await collect(file, { required: ['id', 'name'] });
    expect(rows).toEqual([
      { line: 2, values: { id: '1', name: 'one', extra: '' } },
      { line: 3, values: { id: '2', name: 'two', extra: 'x' } },
    ]);
  });

  it('names file and line when a required column is missing', async () => {
    const file = tmpFile('wrong.csv', 'conceptUri,label\n1,x\n');
    await expect(collect(file, { required: ['conceptUri', 'preferredLabel'] })).rejects.toThrow(`${file}:1: missing required column "preferredLabel"`);
  });

  it('names file and line when a row has more fields than the header', async () => {
    const file = tmpFile('long.csv', 'a,b\n1,2\n"x\ny",2,3\n');
    const err = await collect(file).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toBe(`${file}:3: malformed row: 3 fields, but the header has 2 columns`);
  });

  it('reports a missing file', () => {
    expect(() => openDelimited('/no/such/file.csv')).toThrow('/no/such/file.csv: file not found');
  });

  it('streams a multi-chunk file with the same records as a single read', async () => {
    const file = path.join(FIXTURES, 'esco/small/occupations_en.csv');
    const small = await collect(file, { chunkSize: 97 });
    const big = await collect(file);
    expect(small).toEqual(big);
    expect(big).toHaveLength(4);
    // the fixture keeps ESCO's multi-line altLabels
    expect(big.every((r) => r.values.altLabels.includes('\n'))).toBe(true);
  });

  it('reads the fixture short row (trailing empty fields left off) as empty values', async () => {
    const file = path.join(FIXTURES, 'esco/small/skillGroups_en.csv');
    const parsed = parseDelimited(fs.readFileSync(file, 'utf8'));
    const shortRow = parsed.find((r) => r.fields.length < parsed[0].fields.length)!;
    expect(shortRow).toBeDefined();
    const rows = await collect(file);
    const short = rows.find((r) => r.line === shortRow.line)!;
    expect(short.values.code).toBe('');
    expect(short.values.preferredLabel).not.toBe('');
  });
});
