// A small reader for the first worksheet of an .xlsx file (a zip of XML), enough for O*NET's
// Skills.xlsx / Knowledge.xlsx: shared strings (plain and rich text), inline strings, numbers,
// booleans, and cells left out of a row (refs like "C5" say which column a cell is in).
// The worksheet (35 MB of XML) is inflated and parsed as a stream: the compressed file is fed to the
// unzipper in slices and completed rows are yielded between slices.
import fs from 'node:fs';
import { Unzip, UnzipInflate, unzipSync, strFromU8 } from 'fflate';
import { ImportError } from './errors.js';
import { checkHeader, toRecord, type TableRecord } from './table.js';
import type { TableOptions, TableSource } from './csv.js';

export interface SheetRow {
  /** The row number in the sheet (1-based, from the r attribute). */
  row: number;
  cells: string[];
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITY[e] ?? m;
  });
}

/** The text of every <t> in an <si> or <is> element, concatenated (rich text runs), phonetic runs left out. */
function textOf(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += m[1] ?? '';
  return decodeXml(out);
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) out.push(m[1] === undefined ? '' : textOf(m[1]));
  return out;
}

/** Column index (0-based) of a cell reference: "A5" -> 0, "AB12" -> 27. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

export function parseRow(attrs: string, body: string, shared: string[], fallbackRow: number): SheetRow {
  const r = attr(attrs, 'r');
  const row = r ? Number(r) : fallbackRow;
  const cells: string[] = [];
  for (const m of body.matchAll(CELL)) {
    const a = m[1];
    const inner = m[2] ?? '';
    const ref = attr(a, 'r');
    const col = ref ? columnIndex(ref) : cells.length;
    const type = attr(a, 't');
    let value = '';
    if (type === 'inlineStr') value = textOf(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
    else {
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      if (v !== undefined) {
        if (type === 's') value = shared[Number(v)] ?? '';
        else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
        else value = decodeXml(v);
      }
    }
    while (cells.length < col) cells.push('');
    cells[col] = value;
  }
  return { row, cells };
}

/** Incremental worksheet parser: push() XML text, take() completed rows. */
export class SheetParser {
  private buf = '';
  private rows: SheetRow[] = [];
  private count = 0;

  constructor(private readonly shared: string[]) {}

  push(text: string): void {
    this.buf += text;
    const re = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
    let last = 0;
    for (let m = re.exec(this.buf); m !== null; m = re.exec(this.buf)) {
      this.count++;
      this.rows.push(parseRow(m[1], m[2] ?? '', this.shared, this.count));
      this.count = this.rows[this.rows.length - 1].row;
      last = re.lastIndex;
    }
    // Keep only the unfinished tail (from the last incomplete <row on).
    const tail = this.buf.slice(last);
    const open = tail.indexOf('<row');
    this.buf = open === -1 ? tail.slice(-8) : tail.slice(open);
  }

  take(): SheetRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }
}

function zipEntries(file: string, bytes: Uint8Array, names: Set<string>): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (f) => names.has(f.name) });
  } catch (err) {
    throw new ImportError(file, undefined, `not a readable .xlsx file (${(err as Error).message})`);
  }
}

/** The path inside the zip of the workbook's first sheet (via workbook.xml and its relationships). */
function firstSheetPath(file: string, bytes: Uint8Array): string {
  const meta = zipEntries(file, bytes, new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']));
  if (!meta['xl/workbook.xml']) throw new ImportError(file, undefined, 'not an .xlsx workbook (xl/workbook.xml is missing)');
  const sheet = /<sheet\b[^>]*>/.exec(strFromU8(meta['xl/workbook.xml']))?.[0];
  const rid = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rels = meta['xl/_rels/workbook.xml.rels'] ? strFromU8(meta['xl/_rels/workbook.xml.rels']) : '';
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (rid && attr(m[0], 'Id') === rid) {
      const target = attr(m[0], 'Target') ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    }
  }
  return 'xl/worksheets/sheet1.xml';
}

/** Streams the rows of the first worksheet. */
export async function* readSheetRows(file: string, bytes: Uint8Array, onBytes: (n: number) => void = () => {}): AsyncGenerator<SheetRow> {
  const sheetPath = firstSheetPath(file, bytes);
  const sst = zipEntries(file, bytes, new Set(['xl/sharedStrings.xml']))['xl/sharedStrings.xml'];
  const parser = new SheetParser(sst ? parseSharedStrings(strFromU8(sst)) : []);
  const decoder = new TextDecoder('utf-8');
  let found = false;
  let failure: Error | null = null;
  const unzip = new Unzip((entry) => {
    if (entry.name !== sheetPath) return;
    found = true;
    entry.ondata = (err, chunk, final) => {
      if (err) failure = err;
      else parser.push(decoder.decode(chunk, { stream: !final }));
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  const slice = 64 * 1024;
  for (let i = 0; i < bytes.length; i += slice) {
    const end = Math.min(i + slice, bytes.length);
    unzip.push(bytes.subarray(i, end), end === bytes.length);
    onBytes(end);
    if (failure) throw new ImportError(file, undefined, `cannot inflate ${sheetPath}: ${(failure as Error).message}`);
    yield* parser.take();
    // Let other work (progress output) run between slices.
    await new Promise<void>((r) => setImmediate(r));
  }
  if (!found) throw new ImportError(file, undefined, `the workbook has no ${sheetPath}`);
}

/** Opens the first sheet of an .xlsx as header-keyed records (row 1 is the header). */
export function openXlsx(file: string, opts: Pick<TableOptions, 'required'> = {}): TableSource {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new ImportError(file, undefined, 'file not found');
  }
  const source: TableSource = {
    file,
    size: bytes.length,
    bytesRead: 0,
    async *records() {
      let header: string[] | null = null;
      for await (const { row, cells } of readSheetRows(file, bytes, (n) => { source.bytesRead = n; })) {
        if (header === null) header = checkHeader(file, row, cells, opts.required ?? []);
        else if (cells.some((c) => c !== '')) yield toRecord(file, row, header, cells);
      }
      if (header === null) throw new ImportError(file, 1, 'empty sheet: no header row');
    },
  };
  return source;
}
