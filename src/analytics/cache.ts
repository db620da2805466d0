// Keeps one projection per Graph and reloads it when the graph changes: the graph version is checked
// at most every `checkEveryMs`, and invalidate() (called after writes through the API) forces a check.
import type { Graph } from '../store/graph.js';
import { readGraphVersion } from '../store/graphVersion.js';
import { loadProjection, type Projection } from './projection.js';

export class ProjectionCache {
  private current: Projection | undefined;
  private pending: Promise<Projection> | undefined;
  private checkedAt = -Infinity;
  private stale = false;

  /** `now` is injectable so tests can pass the check interval without sleeping. */
  constructor(private readonly graph: Graph, private readonly checkEveryMs = 2_000, private readonly now: () => number = Date.now) {}

  get(): Promise<Projection> {
    if (this.current && !this.stale && this.now() - this.checkedAt < this.checkEveryMs) return Promise.resolve(this.current);
    // Concurrent requests share one check (and one reload).
    this.pending ??= this.refresh().finally(() => { this.pending = undefined; });
    return this.pending;
  }

  /** The projection loaded last, if any, without checking whether it is still current. */
  peek(): Projection | undefined {
    return this.current;
  }

  /** The next get() re-reads the graph version and reloads if it moved (or if anything was written). */
  invalidate(): void {
    this.stale = true;
  }

  private async refresh(): Promise<Projection> {
    const forced = this.stale;
    this.stale = false;
    const version = await readGraphVersion(this.graph);
    this.checkedAt = this.now();
    if (this.current && !forced && this.current.version === version) return this.current;
    this.current = await loadProjection(this.graph);
    return this.current;
  }
}
