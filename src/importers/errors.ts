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

/** A usage mistake on the command line (unknown command or option, missing argument). */
export class UsageError extends Error {
  override name = 'UsageError';
}
