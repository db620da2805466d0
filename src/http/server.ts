// The HTTP server: Fastify with Apollo Server mounted at /graphql beside the health probes and the web
// pages. Fastify owns the plumbing (routing, body limits and content-type parsing, timeouts, CORS,
// compression, graceful close); this file wires it and the Apollo plugins that refuse abuse before any
// resolver runs. Each request writes one log line (requestLog.ts).
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { AnalyticsService } from '../analytics/service.js';
import { DEFAULT_LIMITS, type LimitsConfig } from '../config.js';
import type { Caller, Context } from '../graphql/context.js';
import { ErrorCode, makeFormatError } from '../graphql/errors.js';
import { accessPlugin } from '../graphql/plugins/access.js';
import { complexityPlugin } from '../graphql/plugins/complexity.js';
import { depthLimitRule } from '../graphql/plugins/depthLimit.js';
import { outcomePlugin } from '../graphql/plugins/outcome.js';
import { getSubgraphSchema } from '../graphql/federation.js';
import { getSchema } from '../graphql/schema.js';
import type { Graph } from '../store/graph.js';
import { toLogger, type Logger } from '../logging.js';
import type { AccessPolicy } from './auth/index.js';
import { corsOptions } from './cors.js';
import { errorBody, HttpError, sendHttpError } from './errors.js';
import { graphqlRoutes } from './graphqlRoute.js';
import { utf8JsonOnly } from './jsonBody.js';
import { Lifecycle } from './lifecycle.js';
import { createMetrics, type MetricsOptions } from './metrics.js';
import type { Safelist } from './persistedOperations.js';
import { requestLog } from './requestLog.js';

export interface AppOptions {
  graph: Graph;
  production?: boolean;
  /** Registers further routes (web pages, health probes; tests add their own). */
  routes?: (app: FastifyInstance) => void | Promise<void>;
  /** Answers browsers asking GET /graphql for HTML (the playground). */
  landingPage?: (reply: FastifyReply) => FastifyReply;
  plugins?: ApolloServerPlugin<Context>[];
  limits?: Partial<LimitsConfig>;
  /** Resolves the caller from the request (auth); anonymous by default. Throw AuthenticationError for a bad credential. */
  authenticate?: (req: http.IncomingMessage) => Promise<Caller> | Caller;
  /** What needs which credential; without it writes are disabled (read-only API). */
  access?: AccessPolicy;
  /** Start-up / ready / draining phase shared with the health probes. */
  lifecycle?: Lifecycle;
  /** Neo4j's per-transaction timeout, quoted in QUERY_TIMEOUT messages. */
  queryTimeoutMs?: number;
  /** The analytics service shared by every request (one per process); created over `graph` when omitted. */
  analytics?: AnalyticsService;
  /** Origins allowed to call /graphql from browser pages. */
  corsOrigins?: string[];
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** A Logger (pino) or a bare function receiving every log line. */
  log?: Logger | ((obj: unknown, msg: string) => void);
  /** Serves GET /metrics (Prometheus) when given. */
  metrics?: MetricsOptions;
  /** Safelist mode: only these persisted documents run. */
  safelist?: Safelist;
  /** Serve the schema as an Apollo Federation 2 subgraph (ROLEGRAPH_FEDERATION). */
  federation?: boolean;
}

export interface App {
  server: http.Server;
  fastify: FastifyInstance;
  apollo: ApolloServer<Context>;
  analytics: AnalyticsService;
  lifecycle: Lifecycle;
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, lets in-flight requests finish (up to drainTimeoutMs), then stops Apollo. */
  close(opts?: { drainTimeoutMs?: number }): Promise<void>;
}

/** Fastify's own refusals of a body, in the API's vocabulary. */
const FASTIFY_CODES: Record<string, { status: number; code: ErrorCode; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: ErrorCode.PAYLOAD_TOO_LARGE },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'Send GraphQL requests as application/json (UTF-8)' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: ErrorCode.BAD_REQUEST },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: ErrorCode.BAD_REQUEST, message: 'Request body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: ErrorCode.BAD_REQUEST, message: 'Request body is not valid JSON' },
};

export async function createApp(opts: AppOptions): Promise<App> {
  const production = opts.production ?? false;
  const logger = toLogger(opts.log);
  const limits: LimitsConfig = { ...DEFAULT_LIMITS, ...opts.limits };
  const lifecycle = opts.lifecycle ?? new Lifecycle('ready');
  const access = opts.access ?? { writesEnabled: false, requireAuthForReads: false };
  const analytics = opts.analytics ?? new AnalyticsService(opts.graph);

  const apollo = new ApolloServer<Context>({
    schema: opts.federation ? await getSubgraphSchema() : await getSchema(),
    introspection: limits.introspection,
    includeStacktraceInErrorResponses: !production,
    // The process owns SIGINT/SIGTERM (main.ts drains, then stops Apollo); Apollo's own handlers would
    // start a second, concurrent stop that never finishes.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: limits.maxBatch > 0,
    parseOptions: { maxTokens: limits.maxTokens },
    // With introspection off, Apollo adds its own rule refusing __schema and __type.
    validationRules: [depthLimitRule(limits.maxDepth, limits.maxIntrospectionDepth)],
    formatError: makeFormatError({ production, queryTimeoutMs: opts.queryTimeoutMs, log: (err, msg) => logger.error({ err }, msg) }),
    plugins: [
      // Apollo's default landing page loads from a CDN; the playground (when on) is served by this app.
      ApolloServerPluginLandingPageDisabled(),
      // Freshness is the ETag of the graph version (caching.ts), not per-field cache hints; Apollo's
      // default cache-control plugin would wrap every resolver to collect hints nothing reads (the
      // route sets no-store itself).
      ApolloServerPluginCacheControlDisabled(),
      ...(limits.introspection ? [] : [ApolloServerPluginDisableSuggestions()]),
      // Apollo turns federated tracing (ftv1) on for a subgraph: every request sending its header would get
      // per-resolver timings back, and the notice goes to stdout, among the JSON logs. Nothing here reads them.
      ...(opts.federation ? [ApolloServerPluginInlineTraceDisabled()] : []),
      accessPlugin(access),
      complexityPlugin(limits),
      outcomePlugin(),
      ...(opts.plugins ?? []),
    ],
  });
  await apollo.start();

  const headersTimeout = opts.headersTimeoutMs ?? 15_000;
  const fastify = Fastify({
    logger: false,
    bodyLimit: limits.maxBodyBytes,
    // Node checks header and request timeouts every connectionsCheckingInterval (30 s by default), so a
    // 15 s headers timeout would only bite at 30 s: check every second instead.
    serverFactory: (handler) =>
      http.createServer({ headersTimeout, requestTimeout: opts.requestTimeoutMs ?? 30_000, connectionsCheckingInterval: 1_000, keepAliveTimeout: 5_000 }, handler),
    requestIdHeader: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  const metrics = opts.metrics ? createMetrics({ graph: opts.graph, analytics }, { ...opts.metrics, operationNames: opts.safelist?.operationNames }) : undefined;
  requestLog(fastify, logger, lifecycle, metrics ? [metrics.observe] : []);
  utf8JsonOnly(fastify);
  await fastify.register(fastifyCors, corsOptions(opts.corsOrigins ?? []));
  await fastify.register(fastifyCompress, { threshold: 1024 });

  fastify.setErrorHandler((err: Error & { code?: string; statusCode?: number }, request, reply) => {
    if (err instanceof HttpError) {
      request.state.errorCodes.push(err.code);
      return sendHttpError(reply, err);
    }
    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (known) {
      request.state.errorCodes.push(known.code);
      return sendHttpError(reply, new HttpError(known.status, known.message ?? err.message, known.code, known.status === 413 ? { connection: 'close' } : {}));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      request.state.errorCodes.push(ErrorCode.BAD_REQUEST);
      return sendHttpError(reply, new HttpError(err.statusCode, err.message, ErrorCode.BAD_REQUEST));
    }
    logger.error({ err, reqId: request.state.requestId }, 'unhandled error in HTTP handler');
    request.state.errorCodes.push(ErrorCode.INTERNAL_SERVER_ERROR);
    return reply.code(500).send(errorBody(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
  });
  fastify.setNotFoundHandler((request, reply) => reply.code(404).send(errorBody(ErrorCode.NOT_FOUND, `Not found: ${request.url.split('?')[0]}`)));

  graphqlRoutes(fastify, { apollo, graph: opts.graph, analytics, limits, lifecycle, authenticate: opts.authenticate, landingPage: limits.playground ? opts.landingPage : undefined, safelist: opts.safelist });
  metrics?.routes(fastify);
  await opts.routes?.(fastify);
  await fastify.ready();

  return {
    server: fastify.server,
    fastify,
    apollo,
    analytics,
    lifecycle,
    async listen(port, host = '127.0.0.1') {
      await fastify.listen({ port, host });
      const addr = fastify.server.address();
      return typeof addr === 'object' && addr ? addr.port : port;
    },
    async close({ drainTimeoutMs = 10_000 } = {}) {
      lifecycle.set('draining', 'shutting down');
      let timer: NodeJS.Timeout | undefined;
      const closed = fastify.close();
      const timedOut = await Promise.race([
        closed.then(() => false),
        new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(true), drainTimeoutMs); }),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        logger.warn({ drainTimeoutMs }, 'drain timeout: closing the remaining connections');
        fastify.server.closeAllConnections();
        await closed;
      }
      await apollo.stop();
    },
  };
}
