// Expected import failures (missing file, wrong header, malformed row). The CLI prints their message as
// one line and exits non-zero, without a stack trace.

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly file: string,
    /** Physical line in the file (1-based), or undefined when the problem is the file itself. */
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
  }
}

export interface CuratedIssue {
  file: string;
  line: number;
  message: string;
}

/** The curated data files hold problems: every one of them, each at its `file:line`. */
export class CuratedDataError extends Error {
  override name = 'CuratedDataError';
  constructor(readonly issues: CuratedIssue[]) {
    super(`Invalid curated data (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` + issues.map((i) => `  ${i.file}:${i.line}: ${i.message}`).join('\n'));
  }
}

/** A usage mistake on the command line (unknown command or option, missing argument). */
export class UsageError extends Error {
  override name = 'UsageError';
}
