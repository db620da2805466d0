// Import progress on stderr. On a terminal, a cli-progress bar per file (share of the bytes read, rows,
// rows/s, ETA); elsewhere (pipes, CI logs) no bar, only the one line per file that ends a phase, so logs
// stay readable.
import { Presets, SingleBar } from 'cli-progress';

type Out = NodeJS.WritableStream & { isTTY?: boolean };

export interface ProgressOptions {
  out?: Out;
  quiet?: boolean;
  /** Where CI is read from (a CI job may still give the process a terminal). */
  env?: NodeJS.ProcessEnv;
}

export function fmtDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
const underCi = (env: NodeJS.ProcessEnv) => Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';

export class Progress {
  private readonly out: Out;
  private readonly quiet: boolean;
  private readonly live: boolean;
  private bar: SingleBar | null = null;
  private phase = '';
  private rows = 0;
  private started = 0;

  constructor(opts: ProgressOptions = {}) {
    this.out = opts.out ?? process.stderr;
    this.quiet = opts.quiet ?? false;
    this.live = !this.quiet && Boolean(this.out.isTTY) && !underCi(opts.env ?? process.env);
  }

  /** Begins a phase (one file) of `total` units (its bytes). */
  start(phase: string, total: number): void {
    this.phase = phase;
    this.rows = 0;
    this.started = Date.now();
    if (!this.live) return;
    this.bar = new SingleBar(
      { stream: this.out, format: '{phase} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}', barsize: 24, hideCursor: true, clearOnComplete: true },
      Presets.legacy,
    );
    this.bar.start(Math.max(total, 1), 0, { phase, rows: '0', rate: '0' });
  }

  /** Records `rows` done and `value` units of the total; the bar redraws at its own pace. */
  update(rows: number, value: number): void {
    this.rows = rows;
    const seconds = (Date.now() - this.started) / 1000;
    this.bar?.update(value, { rows: fmtInt(rows), rate: fmtInt(seconds > 0 ? rows / seconds : 0) });
  }

  /** Ends the phase with its one line (in place of the bar on a terminal). */
  done(): void {
    this.bar?.stop();
    this.bar = null;
    if (!this.quiet) this.out.write(`${this.phase}: ${fmtInt(this.rows)} rows in ${fmtDuration(Date.now() - this.started)}\n`);
  }
}
