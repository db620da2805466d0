// A streaming RFC 4180 reader for the datasets' CSV (ESCO) and TSV (O*NET) files: quoted fields with
// embedded delimiters, quotes ("") and newlines, CRLF or LF record ends, a leading BOM, short rows.
// Files are read in chunks and records are yielded as they complete, so memory stays flat however
// large the file is. Every record carries the physical line it starts on, for error messages.
import fs from 'node:fs';
import { ImportError } from './errors.js';
import { checkHeader, toRecord, type TableRecord } from './table.js';

export interface ParsedRow {
  line: number;
  fields: string[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** Just saw a `"` inside a quoted field: either an escaped quote or the field's end. */
  QuoteInQuoted,
}

function countLF(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Incremental parser: push() chunks, take() the completed rows, end() at EOF. */
export class DelimitedParser {
  private readonly delim: number;
  private rows: ParsedRow[] = [];
  private fields: string[] = [];
  private field = '';
  private quotedRecord = false;
  private state = State.FieldStart;
  private line = 1;
  private recordLine = 1;
  /** A CR ended the previous chunk: a LF starting the next one belongs to the same line end. */
  private pendingCR = false;
  private first = true;

  constructor(private readonly file: string, delimiter = ',') {
    if (delimiter.length !== 1) throw new Error('The delimiter must be one character');
    this.delim = delimiter.charCodeAt(0);
  }

  push(chunk: string): void {
    let i = 0;
    const n = chunk.length;
    if (this.first && n > 0) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (this.pendingCR && n > 0) {
      this.pendingCR = false;
      if (chunk.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      switch (this.state) {
        case State.FieldStart:
          if (chunk.charCodeAt(i) === QUOTE) {
            this.state = State.Quoted;
            this.quotedRecord = true;
            i++;
            break;
          }
          this.state = State.Unquoted;
        // falls through
        case State.Unquoted: {
          let j = i;
          while (j < n) {
            const c = chunk.charCodeAt(j);
            if (c === this.delim || c === LF || c === CR) break;
            j++;
          }
          this.field += chunk.slice(i, j);
          i = j < n ? this.separator(chunk, j) : n;
          break;
        }
        case State.Quoted: {
          const j = chunk.indexOf('"', i);
          const seg = j === -1 ? chunk.slice(i) : chunk.slice(i, j);
          this.field += seg;
          this.line += countLF(seg);
          if (j === -1) i = n;
          else {
            this.state = State.QuoteInQuoted;
            i = j + 1;
          }
          break;
        }
        case State.QuoteInQuoted: {
          const c = chunk.charCodeAt(i);
          if (c === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            i++;
          } else if (c === this.delim || c === LF || c === CR) {
            i = this.separator(chunk, i);
          } else {
            throw new ImportError(this.file, this.line, `malformed row: unexpected ${JSON.stringify(chunk[i])} after a closing quote (a quote inside a quoted field must be doubled)`);
          }
          break;
        }
      }
    }
  }

  /** Handles the delimiter or line end at chunk[i]; returns the next position. */
  private separator(chunk: string, i: number): number {
    const c = chunk.charCodeAt(i);
    this.endField();
    if (c === this.delim) return i + 1;
    this.endRecord();
    this.line++;
    this.recordLine = this.line;
    if (c === CR) {
      if (i + 1 === chunk.length) {
        this.pendingCR = true;
        return i + 1;
      }
      return chunk.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    }
    return i + 1;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
  }

  private endRecord(): void {
    const blank = this.fields.length === 1 && this.fields[0] === '' && !this.quotedRecord;
    if (!blank) this.rows.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
    this.quotedRecord = false;
  }

  /** Rows completed since the last call. */
  take(): ParsedRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  /** Call at EOF: completes the last record (no final newline) or reports an unterminated quote. */
  end(): void {
    if (this.state === State.Quoted) {
      throw new ImportError(this.file, this.recordLine, 'malformed row: a quoted field is never closed (unterminated quote at end of file)');
    }
    if (this.state !== State.FieldStart || this.field !== '' || this.fields.length > 0) {
      this.endField();
      this.endRecord();
    }
  }
}

/** Parses in-memory text (tests, small inputs). */
export function parseDelimited(text: string, opts: { file?: string; delimiter?: string } = {}): ParsedRow[] {
  const p = new DelimitedParser(opts.file ?? '<text>', opts.delimiter);
  p.push(text);
  p.end();
  return p.take();
}

export interface TableSource {
  file: string;
  /** File size in bytes (for progress and ETA). */
  size: number;
  /** Bytes consumed so far. */
  bytesRead: number;
  records(): AsyncGenerator<TableRecord>;
}

export interface TableOptions {
  delimiter?: string;
  /** Columns the header must contain. */
  required?: readonly string[];
  chunkSize?: number;
}

/** Opens a CSV/TSV file as a stream of header-keyed records; a missing file is an ImportError. */
export function openDelimited(file: string, opts: TableOptions = {}): TableSource {
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new ImportError(file, undefined, 'not a file');
    size = st.size;
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(file, undefined, 'file not found');
  }
  const source: TableSource = {
    file,
    size,
    bytesRead: 0,
    async *records() {
      const parser = new DelimitedParser(file, opts.delimiter);
      const stream = fs.createReadStream(file, { highWaterMark: opts.chunkSize ?? 256 * 1024 });
      const decoder = new TextDecoder('utf-8');
      let header: string[] | null = null;
      const emit = function* (rows: ParsedRow[]): Generator<TableRecord> {
        for (const row of rows) {
          if (header === null) header = checkHeader(file, row.line, row.fields, opts.required ?? []);
          else yield toRecord(file, row.line, header, row.fields);
        }
      };
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          source.bytesRead += chunk.length;
          parser.push(decoder.decode(chunk, { stream: true }));
          yield* emit(parser.take());
        }
        parser.push(decoder.decode());
        parser.end();
        yield* emit(parser.take());
        if (header === null) throw new ImportError(file, 1, 'empty file: no header row');
      } finally {
        stream.destroy();
      }
    },
  };
  return source;
}
