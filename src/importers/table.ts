// The shape every tabular reader (CSV/TSV, XLSX) yields, and the header check they share, so the
// mappers do not care which file format a record came from.
import { ImportError } from './errors.js';

export interface TableRecord {
  /** Physical line (CSV) or sheet row (XLSX) where the record starts, 1-based. */
  line: number;
  /** Values by header name; columns a short row leaves off are ''. */
  values: Record<string, string>;
}

/** Checks the header row and returns it; a missing required column is an error naming file and line. */
export function checkHeader(file: string, line: number, header: string[], required: readonly string[]): string[] {
  const names = header.map((h) => h.trim());
  const missing = required.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw new ImportError(file, line, `missing required column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (header has: ${names.join(', ')})`);
  }
  return names;
}

/** Builds a record from fields, padding short rows; more fields than the header is a malformed row. */
export function toRecord(file: string, line: number, header: string[], fields: string[]): TableRecord {
  if (fields.length > header.length) {
    throw new ImportError(file, line, `malformed row: ${fields.length} fields, but the header has ${header.length} columns`);
  }
  const values: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) values[header[i]] = fields[i] ?? '';
  return { line, values };
}
