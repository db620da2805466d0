import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseSync } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openDelimited } from '../../../src/importers/csv.js';
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

describe('openDelimited: RFC 4180 text', () => {
  it('reads quoted fields with delimiters, doubled quotes and newlines, and reports start lines', async () => {
    const rows = await collect(tmpFile('q.csv', 'a,b,c\r\n1,"x, ""y""",z\r\n2,"multi\nline\nlabel",w\r\n3,,\r\n'));
    expect(rows).toEqual([
      { line: 2, values: { a: '1', b: 'x, "y"', c: 'z' } },
      { line: 3, values: { a: '2', b: 'multi\nline\nlabel', c: 'w' } },
      { line: 6, values: { a: '3', b: '', c: '' } },
    ]);
  });

  it('accepts LF, CRLF, both in one file and a missing final newline alike', async () => {
    const lf = await collect(tmpFile('lf.csv', 'a,b\n1,2\n3,4'));
    const crlf = await collect(tmpFile('crlf.csv', 'a,b\r\n1,2\r\n3,4\r\n'));
    const mixed = await collect(tmpFile('mixed.csv', 'a,b\r\n1,2\n3,4\r\n'));
    expect(lf).toEqual(crlf);
    expect(mixed).toEqual(crlf);
    expect(lf).toEqual([{ line: 2, values: { a: '1', b: '2' } }, { line: 3, values: { a: '3', b: '4' } }]);
  });

  it('strips a BOM and skips blank lines, counting them in the line numbers', async () => {
    expect(await collect(tmpFile('bom.csv', '\uFEFFid,name\n\n1,x\n'))).toEqual([{ line: 3, values: { id: '1', name: 'x' } }]);
  });

  it('gives the same records however the file is split into chunks (CRLF and quotes across chunk ends)', async () => {
    const file = tmpFile('chunks.csv', 'id,label\r\n1,"a\r\nb ""q"""\r\n2,plain\r\n');
    const whole = await collect(file);
    expect(whole).toEqual([{ line: 2, values: { id: '1', label: 'a\r\nb "q"' } }, { line: 4, values: { id: '2', label: 'plain' } }]);
    for (let size = 1; size <= fs.statSync(file).size; size++) expect(await collect(file, { chunkSize: size })).toEqual(whole);
  });

  it('uses the configured delimiter (O*NET tab-separated files, with a quoted field)', async () => {
    const rows = await collect(tmpFile('t.txt', 'code\tExample\n13-1032.00\t"Laser facsimile machines"""\n'), { delimiter: '\t' });
    expect(rows[0].values).toEqual({ code: '13-1032.00', Example: 'Laser facsimile machines"' });
  });

  it('rejects an unterminated quote with the line where the record starts', async () => {
    const file = tmpFile('bad.csv', 'a,b\n1,"open\nstill open\n');
    await expect(collect(file)).rejects.toThrow(`${file}:2: malformed row: a quoted field is never closed`);
  });

  it('rejects text after a closing quote', async () => {
    const file = tmpFile('bad.csv', 'a,b\n1,"x"y\n');
    await expect(collect(file)).rejects.toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: malformed row`));
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
    const [header, ...fields] = parseSync(fs.readFileSync(file), { bom: true, relax_column_count: true }) as string[][];
    const shortRow = fields.find((f) => f.length < header.length)!;
    expect(shortRow).toBeDefined();
    const short = (await collect(file)).find((r) => r.values.conceptUri === shortRow[header.indexOf('conceptUri')])!;
    expect(short.values.code).toBe('');
    expect(short.values.preferredLabel).not.toBe('');
  });
});
