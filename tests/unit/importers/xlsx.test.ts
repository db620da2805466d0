import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnIndex, decodeXml, openXlsx, parseSharedStrings } from '../../../src/importers/xlsx.js';
import { buildXlsx } from '../../fixtures/onet/xlsxWriter.js';

function tmpXlsx(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-xlsx-')), 'sheet.xlsx');
  fs.writeFileSync(file, bytes);
  return file;
}

async function records(file: string, required: string[] = []) {
  const out = [];
  for await (const r of openXlsx(file, { required }).records()) out.push(r);
  return out;
}

describe('xlsx helpers', () => {
  it('maps cell references to column indexes', () => {
    expect([columnIndex('A1'), columnIndex('C5'), columnIndex('Z9'), columnIndex('AA10'), columnIndex('AB12')]).toEqual([0, 2, 25, 26, 27]);
  });

  it('decodes XML entities', () => {
    expect(decodeXml('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27;')).toBe(`a & b <c> "d" 'e'`);
  });

  it('joins rich-text runs of a shared string and leaves out phonetic runs', () => {
    const xml = '<sst><si><t>plain</t></si><si><r><t>ri</t></r><r><t xml:space="preserve">ch </t></r><rPh><t>x</t></rPh></si><si/></sst>';
    expect(parseSharedStrings(xml)).toEqual(['plain', 'rich ', '']);
  });
});

describe('openXlsx', () => {
  const rows = [
    ['O*NET-SOC Code', 'Element Name', 'Scale ID', 'Data Value', 'Recommend Suppress'],
    ['15-1252.00', 'Programming', 'IM', 4.38, 'N'],
    ['15-1252.00', 'Programming & <Design>', 'LV', 5.12, null],
    ['15-1254.00', null, 'IM', 3, 'Y'],
  ];

  it('reads shared strings, numbers and left-out cells by column', async () => {
    const recs = await records(tmpXlsx(buildXlsx(rows)), ['O*NET-SOC Code', 'Data Value']);
    expect(recs).toEqual([
      { line: 2, values: { 'O*NET-SOC Code': '15-1252.00', 'Element Name': 'Programming', 'Scale ID': 'IM', 'Data Value': '4.38', 'Recommend Suppress': 'N' } },
      { line: 3, values: { 'O*NET-SOC Code': '15-1252.00', 'Element Name': 'Programming & <Design>', 'Scale ID': 'LV', 'Data Value': '5.12', 'Recommend Suppress': '' } },
      { line: 4, values: { 'O*NET-SOC Code': '15-1254.00', 'Element Name': '', 'Scale ID': 'IM', 'Data Value': '3', 'Recommend Suppress': 'Y' } },
    ]);
  });

  it('reads inline strings the same way', async () => {
    const shared = await records(tmpXlsx(buildXlsx(rows)));
    const inline = await records(tmpXlsx(buildXlsx(rows, { inlineStrings: true })));
    expect(inline).toEqual(shared);
  });

  it('names file and row when a required column is missing', async () => {
    const file = tmpXlsx(buildXlsx(rows));
    await expect(records(file, ['Element ID'])).rejects.toThrow(`${file}:1: missing required column "Element ID"`);
  });

  it('reports a file that is not an xlsx', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-xlsx-')), 'bad.xlsx');
    fs.writeFileSync(file, 'not a zip');
    await expect(records(file)).rejects.toThrow(`${file}: not a readable .xlsx file`);
  });

  it('streams the O*NET fixture sheet cut from the real Skills.xlsx', async () => {
    const recs = await records(path.resolve(import.meta.dirname, '../../fixtures/onet/small/Skills.xlsx'), ['Element ID', 'Scale ID']);
    expect(recs.length).toBe(210);
    expect(recs[0].values).toMatchObject({ 'O*NET-SOC Code': '15-1211.00', 'Element ID': '2.A.1.a', 'Element Name': 'Reading Comprehension', 'Scale ID': 'IM' });
    expect(new Set(recs.map((r) => r.values['Scale ID']))).toEqual(new Set(['IM', 'LV']));
  });
});
