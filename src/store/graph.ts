// The one wrapper every database call goes through: read/write routing, transaction timeouts,
// plain-JS results, a round-trip counter (for the N+1 tests and benchmarks) and outage mapping.
import neo4j, { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, any>;

/** Neo4j could not be reached (down, restarting, or network cut); the API maps it to SERVICE_UNAVAILABLE. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string; name?: string; message?: string } | null;
  if (!e) return false;
  if (e instanceof DatabaseUnavailableError) return true;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
  return /ECONNREFUSED|ECONNRESET|Connection was closed|Failed to connect|Pool is closed|acquisition timed out/i.test(e.message ?? '');
}

/** A driver error that means "Neo4j cannot be reached" becomes DatabaseUnavailableError; others pass. */
function asUnavailable(err: unknown): unknown {
  return isUnavailable(err) ? new DatabaseUnavailableError(`Neo4j is unavailable: ${(err as Error).message}`, { cause: err }) : err;
}

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

export interface GraphOptions {
  database?: string;
  queryTimeoutMs?: number;
}

/** Per-call options: a shorter transaction timeout (a request's remaining deadline). */
export interface CallOptions {
  timeoutMs?: number;
}

/**
 * What reads and writes need from the database: the Graph itself, or a request's budgeted view of it
 * (src/store/requestGraph.ts), so store functions work unchanged under a request's deadline and caps.
 */
export interface Db {
  read(query: string, params?: Params): Promise<Row[]>;
  write(query: string, params?: Params): Promise<Row[]>;
  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export class Graph implements Db {
  /** Database round trips since start; read the difference around a request to count its cost. */
  roundTrips = 0;

  constructor(readonly driver: Driver, private readonly opts: GraphOptions = {}) {}

  static connect(cfg: Pick<Neo4jConfig, 'username' | 'password' | 'database' | 'queryTimeoutMs'> & { uri: string }): Graph {
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password), {
      disableLosslessIntegers: true,
      // Fail fast during an outage instead of retrying for the default 30 s.
      maxTransactionRetryTime: 1_000,
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxConnectionPoolSize: 50,
      logging: { level: 'error', logger: () => {} },
    });
    return new Graph(driver, { database: cfg.database, queryTimeoutMs: cfg.queryTimeoutMs });
  }

  /**
   * Runs one read statement with read routing (works unchanged against a cluster or Aura), as an
   * auto-commit statement: RUN and PULL go out together and the answer ends it, where a managed
   * transaction costs a second exchange for COMMIT (measured: half the latency and CPU of a small read).
   * Retried once when the driver calls the failure retryable (a dropped connection, a leader change).
   */
  read(query: string, params: Params = {}, opts: CallOptions = {}): Promise<Row[]> {
    return this.statement('READ', query, params, this.txConfig(opts), true);
  }

  write(query: string, params: Params = {}, opts: CallOptions = {}): Promise<Row[]> {
    return this.run('WRITE', (tx) => runRows(tx, query, params), opts);
  }

  /** A write that also reports what it changed (nodes/relationships created, properties set). */
  writeCounted(query: string, params: Params = {}): Promise<WriteCounts> {
    return this.run('WRITE', async (tx) => {
      const result = await tx.run(query, params);
      const u = result.summary.counters.updates();
      return { nodesCreated: u.nodesCreated, relationshipsCreated: u.relationshipsCreated, propertiesSet: u.propertiesSet, nodesDeleted: u.nodesDeleted, relationshipsDeleted: u.relationshipsDeleted };
    });
  }

  /** Several statements in one write transaction: all or nothing. */
  writeTx<T>(work: (tx: Tx) => Promise<T>, opts: CallOptions = {}): Promise<T> {
    return this.run('WRITE', (tx) => work(new Tx(tx, this)), opts);
  }

  readTx<T>(work: (tx: Tx) => Promise<T>, opts: CallOptions = {}): Promise<T> {
    return this.run('READ', (tx) => work(new Tx(tx, this)), opts);
  }

  /**
   * An auto-commit statement, for what Neo4j refuses inside an explicit transaction
   * (`CALL { ... } IN TRANSACTIONS`, some admin commands). Not retried.
   */
  autoCommit(query: string, params: Params = {}): Promise<Row[]> {
    return this.statement('WRITE', query, params, this.txConfig({}), false);
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.opts.database });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /** The transaction timeout: the shorter of the configured one and the call's (a request's remaining deadline). */
  private txConfig(opts: CallOptions): { timeout: number } | undefined {
    const limits = [this.opts.queryTimeoutMs, opts.timeoutMs].filter((ms): ms is number => ms !== undefined && ms > 0);
    // Neo4j takes whole milliseconds; a timeout of 0 would mean "none".
    return limits.length > 0 ? { timeout: Math.max(1, Math.ceil(Math.min(...limits))) } : undefined;
  }

  /** One auto-commit statement in its own session; with `retry`, once more after a retryable failure. */
  private async statement(mode: 'READ' | 'WRITE', query: string, params: Params, txConfig: { timeout: number } | undefined, retry: boolean): Promise<Row[]> {
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.opts.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
      try {
        this.roundTrips++;
        const result = await session.run(query, params, txConfig);
        return result.records.map((r) => r.toObject());
      } catch (err) {
        if (retry && attempt === 1 && isRetryableError(err)) continue;
        throw asUnavailable(err);
      } finally {
        await session.close().catch(() => {});
      }
    }
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, opts: CallOptions = {}): Promise<T> {
    const session = this.driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const txConfig = this.txConfig(opts);
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => { this.roundTrips++; return work(tx); }, txConfig)
        : await session.executeWrite((tx) => { this.roundTrips++; return work(tx); }, txConfig);
    } catch (err) {
      throw asUnavailable(err);
    } finally {
      await session.close().catch(() => {});
    }
  }
}

/** A transaction handle whose statements each count as a round trip. */
export class Tx {
  constructor(private readonly tx: ManagedTransaction, private readonly graph: Graph) {}
  run(query: string, params: Params = {}): Promise<Row[]> {
    this.graph.roundTrips++;
    return runRows(this.tx, query, params);
  }
}

async function runRows(tx: ManagedTransaction, query: string, params: Params): Promise<Row[]> {
  const result = await tx.run(query, params);
  return result.records.map((r) => r.toObject());
}
