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
}

export class RequestGraph implements Db {
  /** Round trips this request has made. */
  used = 0;

  constructor(readonly base: Graph, readonly budget: RequestBudget, private readonly now: () => number = Date.now) {}

  /** Throws DeadlineError once the deadline has passed; long computations call it between steps. */
  checkDeadline(): void {
    if (this.now() >= this.budget.deadline) throw new DeadlineError(this.budget.deadlineMs);
  }

  private call(): CallOptions {
    this.checkDeadline();
    if (this.used >= this.budget.maxRoundTrips) throw new RoundTripLimitError(this.budget.maxRoundTrips);
    this.used++;
    return { timeoutMs: this.budget.deadline - this.now() };
  }

  read(query: string, params: Params = {}): Promise<Row[]> {
    return this.base.read(query, params, this.call());
  }

  write(query: string, params: Params = {}): Promise<Row[]> {
    return this.base.write(query, params, this.call());
  }

  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.base.readTx(work, this.call());
  }

  writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.base.writeTx(work, this.call());
  }
}
