// What the CLI prints: results on stdout (so `--json` output can be piped), reports, progress and
// failures on stderr.
import type { ImportReport } from '../importers/report.js';

export const out = (line: string) => process.stdout.write(`${line}\n`);
export const err = (line: string) => process.stderr.write(`${line}\n`);

export function printReport(report: ImportReport, json: boolean): void {
  if (json) out(JSON.stringify(report.toJSON(), null, 2));
  else for (const line of report.format()) err(line);
}
