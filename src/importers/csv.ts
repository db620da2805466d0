// The datasets' CSV (ESCO: comma, CRLF, quoted multi-line fields) and TSV (O*NET: tab, LF, fields with
// a `"` quoted CSV-style) files, streamed through csv-parse so memory stays flat however large the file.
// Records come out keyed by header name, each with the physical line it starts on, for error messages.
import fs from 'node:fs';
import { CsvError, parse } from 'csv-parse';
import { ImportError } from './errors.js';
import { checkHeader, toRecord, type TableRecord } from './table.js';

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

const MALFORMED: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (unterminated quote at end of file)',
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote (a quote inside a quoted field must be doubled)',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quote)',
};

function newlines(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) n++;
  return n;
}

function fileSize(file: string): number {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new ImportError(file, undefined, 'not a file');
    return st.size;
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(file, undefined, 'file not found');
  }
}

/** Opens a CSV/TSV file as a stream of header-keyed records; a missing file is an ImportError. */
export function openDelimited(file: string, opts: TableOptions = {}): TableSource {
  const source: TableSource = {
    file,
    size: fileSize(file),
    bytesRead: 0,
    async *records() {
      const input = fs.createReadStream(file, { highWaterMark: opts.chunkSize ?? 256 * 1024 });
      const parser = parse({
        delimiter: opts.delimiter ?? ',',
        bom: true,
        // Either line end anywhere (auto-detection would fix on the first one it meets).
        record_delimiter: ['\r\n', '\n'],
        // ESCO leaves trailing empty fields off some rows; toRecord pads them and rejects long rows.
        relax_column_count: true,
      });
      input.on('data', (chunk) => {
        source.bytesRead += chunk.length;
      });
      input.on('error', (err) => parser.destroy(err));
      // Lines are counted here, from the records, rather than with csv-parse's `info`: its count sees a CRLF
      // inside a quoted field as two lines, and its per-record info object costs a quarter of the parse.
      // Blank lines come through as [''] and are skipped here.
      let line = 1;
      let header: string[] | null = null;
      try {
        for await (const record of input.pipe(parser) as AsyncIterable<string[]>) {
          const start = line;
          line += 1 + newlines(record);
          if (record.length === 1 && record[0] === '') continue;
          if (header === null) header = checkHeader(file, start, record, opts.required ?? []);
          else yield toRecord(file, start, header, record);
        }
      } catch (err) {
        if (!(err instanceof CsvError)) throw err;
        throw new ImportError(file, line, `malformed row: ${MALFORMED[err.code] ?? err.message}`);
      } finally {
        input.destroy();
        parser.destroy();
      }
      if (header === null) throw new ImportError(file, 1, 'empty file: no header row');
    },
  };
  return source;
}
