// What an import did: rows written and nodes/relationships created per label or type (the rest of the
// rows updated something that already existed), rows skipped with a few examples each, and the time.

export interface WriteLine {
  kind: 'node' | 'rel';
  rows: number;
  created: number;
}

export interface SkipLine {
  count: number;
  examples: string[];
}

export const SKIP_EXAMPLES = 3;

export class ImportReport {
  readonly startedAt = Date.now();
  readonly written = new Map<string, WriteLine>();
  readonly skipped = new Map<string, SkipLine>();
  /** Rows left out on purpose (e.g. O*NET ratings below the importance threshold), not errors. */
  readonly filtered = new Map<string, number>();
  finishedAt: number | null = null;

  constructor(readonly title: string) {}

  wrote(key: string, kind: 'node' | 'rel', rows: number, created: number): void {
    const line = this.written.get(key) ?? { kind, rows: 0, created: 0 };
    line.rows += rows;
    line.created += created;
    this.written.set(key, line);
  }

  /** Counts a skipped row under `reason`, keeping the first few examples ("file:line: detail"). */
  skip(reason: string, example: string): void {
    const line = this.skipped.get(reason) ?? { count: 0, examples: [] };
    line.count++;
    if (line.examples.length < SKIP_EXAMPLES) line.examples.push(example);
    this.skipped.set(reason, line);
  }

  filter(reason: string, count = 1): void {
    this.filtered.set(reason, (this.filtered.get(reason) ?? 0) + count);
  }

  get skippedTotal(): number {
    let n = 0;
    for (const s of this.skipped.values()) n += s.count;
    return n;
  }

  finish(): this {
    this.finishedAt = Date.now();
    return this;
  }

  get seconds(): number {
    return ((this.finishedAt ?? Date.now()) - this.startedAt) / 1000;
  }

  toJSON() {
    return {
      title: this.title,
      seconds: Math.round(this.seconds * 10) / 10,
      written: Object.fromEntries([...this.written].map(([k, v]) => [k, { ...v, updated: v.rows - v.created }])),
      skipped: Object.fromEntries(this.skipped),
      filtered: Object.fromEntries(this.filtered),
    };
  }

  /** Human-readable summary lines. */
  format(): string[] {
    const fmt = (n: number) => n.toLocaleString('en-US');
    const lines = [`${this.title}: done in ${this.seconds.toFixed(1)} s`];
    const width = Math.max(0, ...[...this.written.keys()].map((k) => k.length));
    for (const [key, w] of this.written) {
      lines.push(`  ${key.padEnd(width)}  ${fmt(w.rows).padStart(9)} rows  ${fmt(w.created).padStart(9)} created  ${fmt(w.rows - w.created).padStart(9)} updated`);
    }
    for (const [reason, n] of this.filtered) lines.push(`  left out by design: ${fmt(n)} × ${reason}`);
    if (this.skipped.size === 0) lines.push('  skipped rows: none');
    else {
      lines.push(`  skipped rows: ${fmt(this.skippedTotal)}`);
      for (const [reason, s] of this.skipped) {
        lines.push(`    ${fmt(s.count)} × ${reason}`);
        for (const e of s.examples) lines.push(`        e.g. ${e}`);
      }
    }
    return lines;
  }
}
