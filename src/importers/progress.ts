// Import progress on stderr: on a terminal, a bar redrawn in place with rows, rate and ETA; otherwise
// (CI logs, pipes) a plain line every few seconds, so logs stay readable.

export interface ProgressSnapshot {
  phase: string;
  rows: number;
  /** Share of the phase done, 0..1, when the total is known (bytes read of the file). */
  fraction: number | null;
  elapsedMs: number;
}

function fmtInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function fmtDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/** Rows per second, and the estimated time left from the share done so far (null until known). */
export function rateAndEta(p: ProgressSnapshot): { rate: number; etaMs: number | null } {
  const rate = p.elapsedMs > 0 ? (p.rows * 1000) / p.elapsedMs : 0;
  const etaMs = p.fraction !== null && p.fraction > 0 ? (p.elapsedMs * (1 - p.fraction)) / p.fraction : null;
  return { rate, etaMs };
}

export function formatBar(p: ProgressSnapshot, width = 24): string {
  const { rate, etaMs } = rateAndEta(p);
  const f = p.fraction === null ? null : Math.min(1, Math.max(0, p.fraction));
  const bar = f === null ? '' : `[${'#'.repeat(Math.round(f * width)).padEnd(width, '-')}] ${String(Math.floor(f * 100)).padStart(3)}% `;
  const eta = etaMs === null ? '' : `  ETA ${fmtDuration(etaMs)}`;
  return `${p.phase} ${bar}${fmtInt(p.rows)} rows  ${fmtInt(rate)} rows/s${eta}`;
}

export function formatLine(p: ProgressSnapshot): string {
  const { rate, etaMs } = rateAndEta(p);
  const pct = p.fraction === null ? '' : ` (${Math.floor(p.fraction * 100)}%)`;
  const eta = etaMs === null ? '' : `, ETA ${fmtDuration(etaMs)}`;
  return `${p.phase}: ${fmtInt(p.rows)} rows${pct}, ${fmtInt(rate)} rows/s${eta}`;
}

export interface ProgressOptions {
  out?: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Plain-line interval when not a terminal. */
  intervalMs?: number;
  quiet?: boolean;
}

export class Progress {
  private readonly out: NonNullable<ProgressOptions['out']>;
  private readonly tty: boolean;
  private readonly intervalMs: number;
  private phase = '';
  private rows = 0;
  private fraction: number | null = null;
  private started = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly opts: ProgressOptions = {}) {
    this.out = opts.out ?? process.stderr;
    this.tty = Boolean(this.out.isTTY);
    this.intervalMs = opts.intervalMs ?? (this.tty ? 100 : 5_000);
  }

  start(phase: string): void {
    this.phase = phase;
    this.rows = 0;
    this.fraction = null;
    this.started = Date.now();
    this.lastDraw = this.started;
    this.drawn = false;
    if (this.tty) this.draw();
  }

  /** Records progress; draws at most once per interval. */
  update(rows: number, fraction: number | null = null): void {
    this.rows = rows;
    this.fraction = fraction;
    const now = Date.now();
    if (now - this.lastDraw >= this.intervalMs) {
      this.lastDraw = now;
      this.draw();
    }
  }

  /** Ends the phase with a final line (in place of the bar on a terminal). */
  done(note = ''): void {
    if (this.opts.quiet) return;
    const snap = this.snapshot();
    const text = `${this.phase}: ${fmtInt(snap.rows)} rows in ${fmtDuration(snap.elapsedMs)}${note ? ` ${note}` : ''}`;
    this.out.write(this.tty ? `\r\x1b[2K${text}\n` : `${text}\n`);
    this.drawn = false;
  }

  /** A message that must not be overwritten by the bar. */
  log(line: string): void {
    if (this.opts.quiet) return;
    this.out.write(this.tty && this.drawn ? `\r\x1b[2K${line}\n` : `${line}\n`);
    this.drawn = false;
  }

  private snapshot(): ProgressSnapshot {
    return { phase: this.phase, rows: this.rows, fraction: this.fraction, elapsedMs: Date.now() - this.started };
  }

  private draw(): void {
    if (this.opts.quiet) return;
    if (this.tty) {
      const width = this.out.columns ?? 100;
      this.out.write(`\r\x1b[2K${formatBar(this.snapshot()).slice(0, width - 1)}`);
      this.drawn = true;
    } else {
      this.out.write(`${formatLine(this.snapshot())}\n`);
    }
  }
}
