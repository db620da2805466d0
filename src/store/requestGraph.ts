// One request's view of the database: every call counts against the request's round-trip cap and runs
// with a transaction timeout no longer than what is left of the request's deadline, so one request can
// neither monopolise the connection pool nor hold Neo4j past its deadline.
import type { CallOptions, Db, Graph, Params, Row, Tx } from './graph.js';

/** The request used up its database round trips (a fan-out no batching could serve). */
export class RoundTripLimitError extends Error {
  override name = 'RoundTripLimitError';
  constructor(readonly limit: number) {
    super(`The request needs more than ${limit} database round trips; ask for fewer root fields or aliases.`);
  }
}

/** The request's deadline passed (in a resolver, or before a database call). */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
  constructor(readonly deadlineMs: number) {
    super(`The request ran longer than its deadline (${deadlineMs} ms) and was stopped; narrow it down.`);
  }
}

export interface RequestBudget {
  /** Epoch milliseconds after which no further work starts. */
  deadline: number;
  /** The deadline's length, for messages. */
  deadlineMs: number;
  maxRoundTrips: number;
  /** Database calls this request may have in flight at once; the rest wait their turn. */
  maxParallel?: number;
}

export class RequestGraph implements Db {
  /** Round trips this request has made. */
  used = 0;
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(readonly base: Graph, readonly budget: RequestBudget, private readonly now: () => number = Date.now) {}

  /** Throws DeadlineError once the deadline has passed; long computations call it between steps. */
  checkDeadline(): void {
    if (this.now() >= this.budget.deadline) throw new DeadlineError(this.budget.deadlineMs);
  }

  /**
   * Runs one database call within the budget: counted against the round-trip cap at once, then started
   * when fewer than maxParallel of this request's calls are in flight (so one request's many aliases
   * cannot take the whole connection pool), with the deadline's remaining time as its timeout.
   */
  private async call<T>(run: (opts: CallOptions) => Promise<T>): Promise<T> {
    this.checkDeadline();
    if (this.used >= this.budget.maxRoundTrips) throw new RoundTripLimitError(this.budget.maxRoundTrips);
    this.used++;
    const max = this.budget.maxParallel ?? Infinity;
    if (this.active >= max) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active++;
    try {
      this.checkDeadline();
      return await run({ timeoutMs: this.budget.deadline - this.now() });
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }

  read(query: string, params: Params = {}): Promise<Row[]> {
    return this.call((opts) => this.base.read(query, params, opts));
  }

  write(query: string, params: Params = {}): Promise<Row[]> {
    return this.call((opts) => this.base.write(query, params, opts));
  }

  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.call((opts) => this.base.readTx(work, opts));
  }

  writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.call((opts) => this.base.writeTx(work, opts));
  }
}
