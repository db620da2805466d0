// GET /metrics: Prometheus metrics (prom-client). GraphQL requests counted and timed by operation and
// outcome (bounded labels, operationLabels.ts), Neo4j round trips and pool use, the analytics projection's
// age and size, and the process metrics. Values that live elsewhere are read when scraped (collect).
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AnalyticsService } from '../analytics/service.js';
import { ErrorCode } from '../graphql/errors.js';
import type { Graph } from '../store/graph.js';
import { bearerToken, secretMatcher } from './auth/index.js';
import { HttpError } from './errors.js';
import { poolUse } from './neo4jPool.js';
import { OperationLabels, outcomeLabel } from './operationLabels.js';
import { METRICS_PATH, type FinishedRequest, type RequestObserver } from './requestLog.js';


declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the GraphQL route on the requests it answers as GraphQL (not on the playground page). */
    graphqlRequest?: boolean;
  }
}

export interface MetricsOptions {
  /** When set, scrapes must send `Authorization: Bearer <token>`. */
  token?: string;
  /** Operation names that always get their own label (the persisted operations). */
  operationNames?: Iterable<string>;
}

export interface AppMetrics {
  /** Counts and times each finished GraphQL request (a requestLog observer). */
  observe: RequestObserver;
  routes(app: FastifyInstance): void;
}

// Process metrics describe the process, not one app: registered once, shared by every app's registry.
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** When this process first saw the projection now in use (it is noticed after each request and scrape). */
class ProjectionAge {
  private seen: object | undefined;
  private since = 0;

  note(projection: object | undefined): void {
    if (projection !== this.seen) {
      this.seen = projection;
      this.since = Date.now();
    }
  }

  seconds(): number {
    return this.seen ? (Date.now() - this.since) / 1000 : Number.NaN;
  }
}

export function createMetrics(source: { graph: Graph; analytics: AnalyticsService }, opts: MetricsOptions = {}): AppMetrics {
  const { graph, analytics } = source;
  const own = new Registry();
  const labels = new OperationLabels(new Set(opts.operationNames ?? []));
  const age = new ProjectionAge();

  const requests = new Counter({
    name: 'rolegraph_graphql_requests_total',
    help: 'GraphQL HTTP requests by operation name ((anonymous), (batch), (none) when refused before parsing, (other) past the label budget) and outcome (OK or the first error code).',
    labelNames: ['operation', 'outcome'],
    registers: [own],
  });
  const duration = new Histogram({
    name: 'rolegraph_graphql_request_duration_seconds',
    help: 'Wall time of GraphQL HTTP requests, from the first byte in to the last byte out.',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [own],
  });
  new Counter({
    name: 'rolegraph_neo4j_round_trips_total',
    help: 'Database round trips (queries and transactions) this process made.',
    registers: [own],
    collect() {
      this.reset();
      this.inc(graph.roundTrips);
    },
  });
  new Gauge({
    name: 'rolegraph_neo4j_pool_connections',
    help: "Bolt connections in the driver's pool, by state (in_use, idle).",
    labelNames: ['state'],
    registers: [own],
    collect() {
      this.reset();
      const use = poolUse(graph.driver);
      if (!use) return;
      this.set({ state: 'in_use' }, use.inUse);
      this.set({ state: 'idle' }, use.idle);
    },
  });
  new Gauge({
    name: 'rolegraph_neo4j_pool_max_connections',
    help: "The driver's maxConnectionPoolSize.",
    registers: [own],
    collect() {
      this.set(poolUse(graph.driver)?.max ?? Number.NaN);
    },
  });
  new Gauge({
    name: 'rolegraph_analytics_projection_age_seconds',
    help: 'Seconds since this process loaded the analytics projection in use (NaN until the first load).',
    registers: [own],
    collect() {
      age.note(analytics.cache.peek());
      this.set(age.seconds());
    },
  });
  new Gauge({
    name: 'rolegraph_analytics_projection_graph_version',
    help: 'The graph version (Meta.version) the analytics projection in use was loaded at (NaN until the first load).',
    registers: [own],
    collect() {
      this.set(analytics.cache.peek()?.version ?? Number.NaN);
    },
  });
  new Gauge({
    name: 'rolegraph_analytics_projection_nodes',
    help: 'Nodes in the analytics projection in use, by kind (none until the first load).',
    labelNames: ['kind'],
    registers: [own],
    collect() {
      this.reset();
      const p = analytics.cache.peek();
      if (!p) return;
      this.set({ kind: 'role' }, p.roles.length);
      for (const [kind, names] of Object.entries(p.names)) this.set({ kind }, names.size);
    },
  });

  const registry = Registry.merge([processMetrics(), own]);
  const authorized = opts.token ? secretMatcher(opts.token) : null;

  return {
    observe({ request, durationMs }: FinishedRequest) {
      age.note(analytics.cache.peek());
      if (!request.graphqlRequest) return;
      const state = request.state;
      const value = { operation: labels.label(state.operations), outcome: outcomeLabel(state.errorCodes) };
      requests.inc(value);
      duration.observe(value, durationMs / 1000);
    },
    routes(app) {
      app.get(METRICS_PATH, async (request, reply) => {
        if (authorized) {
          const presented = bearerToken(request.headers.authorization ?? '');
          if (presented === null || !authorized(presented)) {
            throw new HttpError(401, `${METRICS_PATH} needs "Authorization: Bearer <ROLEGRAPH_METRICS_TOKEN>"`, ErrorCode.UNAUTHENTICATED, { 'www-authenticate': 'Bearer realm="rolegraph-metrics"' });
          }
        }
        reply.header('cache-control', 'no-store').type(registry.contentType);
        return registry.metrics();
      });
    },
  };
}
