// How many Bolt connections the driver's pool holds, in use and idle. neo4j-driver (6.3.0, pinned) has
// no public API for it, so this reads the pool's own bookkeeping defensively: if a driver upgrade changes
// those internals the numbers are missing (null), never wrong, and tests/integration/http/metrics.test.ts fails.
import type { Driver } from 'neo4j-driver';

export interface PoolUse {
  inUse: number;
  idle: number;
  /** maxConnectionPoolSize the driver was created with. */
  max: number;
}

interface PoolInternals {
  _activeResourceCounts?: Record<string, number>;
  _pools?: Record<string, { length?: number }>;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function poolUse(driver: Driver): PoolUse | null {
  const internals = driver as unknown as { _config?: { maxConnectionPoolSize?: number }; _connectionProvider?: { _connectionPool?: PoolInternals } | null };
  const max = internals._config?.maxConnectionPoolSize;
  if (typeof max !== 'number') return null;
  // The provider (and its pool) exists once the driver opened its first session.
  const provider = internals._connectionProvider;
  if (provider === null || provider === undefined) return { inUse: 0, idle: 0, max };
  const pool = provider._connectionPool;
  if (!pool || typeof pool._activeResourceCounts !== 'object' || typeof pool._pools !== 'object') return null;
  const inUse = sum(Object.values(pool._activeResourceCounts).filter((n) => typeof n === 'number'));
  const idle = sum(Object.values(pool._pools).map((p) => (typeof p?.length === 'number' ? p.length : 0)));
  return { inUse, idle, max };
}
