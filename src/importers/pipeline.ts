// The loop every importer runs per file: read records, map each to a node/relationship row or a skip,
// report progress; plus the registry of ids loaded so far, used to skip rows that refer to concepts
// missing from the files (instead of inventing nodes for them).
import path from 'node:path';
import type { TableSource } from './csv.js';
import type { Progress } from './progress.js';
import type { ImportReport } from './report.js';
import type { TableRecord } from './table.js';

/** A mapper's answer for one record: a row to write, or the reason it is skipped. */
export type Mapped<T> = { row: T } | { skip: string; detail: string };

export function skip(skip: string, detail: string): { skip: string; detail: string } {
  return { skip, detail };
}

export class KnownIds {
  private readonly sets = new Map<string, Set<string>>();

  add(label: string, id: string): void {
    let set = this.sets.get(label);
    if (!set) this.sets.set(label, (set = new Set()));
    set.add(id);
  }

  has(label: string, id: string): boolean {
    return this.sets.get(label)?.has(id) ?? false;
  }
}

/** Runs `handle` on every record of a file with progress; returns the number of records. */
export async function eachRecord(src: TableSource, progress: Progress, handle: (rec: TableRecord) => Promise<unknown> | unknown): Promise<number> {
  progress.start(path.basename(src.file));
  let n = 0;
  for await (const rec of src.records()) {
    await handle(rec);
    n++;
    if ((n & 255) === 0) progress.update(n, src.size > 0 ? src.bytesRead / src.size : null);
  }
  progress.update(n, 1);
  progress.done();
  return n;
}

/** Writes a mapped row with `write`, or counts the skip in the report with "file:line: detail". */
export async function route<T>(m: Mapped<T>, file: string, line: number, report: ImportReport, write: (row: T) => Promise<void>): Promise<boolean> {
  if ('row' in m) {
    await write(m.row);
    return true;
  }
  report.skip(`${path.basename(file)}: ${m.skip}`, `${path.basename(file)}:${line}: ${m.detail}`);
  return false;
}
