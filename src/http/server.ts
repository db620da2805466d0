// The HTTP server: a small router in front of Apollo Server. GraphQL lives at /graphql; other
// concerns (health, playground, explorer, Neo4j Browser assets) register routes beside it.
// Everything abusive is refused here or in Apollo plugins before a resolver runs: body size, batch
// size, token count, depth, complexity, page size, credentials. Each request writes one log line.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { LimitsConfig } from '../config.js';
import type { Graph } from '../store/graph.js';
import { toLogger, type Logger } from '../logging.js';
import { AuthenticationError, type AccessPolicy } from './auth/index.js';
import { createContext, type Caller, type Context } from '../graphql/context.js';
import { makeFormatError } from '../graphql/errors.js';
import { Lifecycle } from './health.js';
import { accessPlugin } from '../graphql/plugins/access.js';
import { complexityPlugin } from '../graphql/plugins/complexity.js';
import { depthLimitRule } from '../graphql/plugins/depthLimit.js';
import { attachRequestInfo, type RequestInfo } from '../graphql/plugins/requestInfo.js';
import { QUERY_TIMEOUT, responseStatusPlugin } from '../graphql/plugins/outcome.js';
import { getSchema } from '../graphql/schema.js';

export interface Route {
  method: 'GET' | 'POST' | 'OPTIONS' | 'HEAD';
  /** Exact path, or a prefix ending in '/'. */
  path: string;
  /** Return false to fall through to the next matching route. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean | void> | boolean | void;
}

export interface AppOptions {
  graph: Graph;
  production?: boolean;
  routes?: Route[];
  plugins?: ApolloServerPlugin<Context>[];
  /** Largest accepted request body in bytes (overrides limits.maxBodyBytes). */
  maxBodyBytes?: number;
  /** Overrides limits.introspection. */
  introspection?: boolean;
  limits?: Partial<LimitsConfig>;
  /** Resolves the caller from the request (auth); anonymous by default. Throw AuthenticationError for a bad credential. */
  authenticate?: (req: IncomingMessage) => Promise<Caller> | Caller;
  /** What needs which credential; without it writes are disabled (read-only API). */
  access?: AccessPolicy;
  /** Start-up / ready / draining phase shared with the health probes. */
  lifecycle?: Lifecycle;
  /** Neo4j's per-transaction timeout, quoted in QUERY_TIMEOUT messages. */
  queryTimeoutMs?: number;
  /** A Logger (pino) or a bare function receiving every log line. */
  log?: Logger | ((obj: unknown, msg: string) => void);
}

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  lifecycle: Lifecycle;
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, lets in-flight requests finish (up to drainTimeoutMs), then stops Apollo. */
  close(opts?: { drainTimeoutMs?: number }): Promise<void>;
}

export const DEFAULT_LIMITS: LimitsConfig = {
  maxDepth: 10,
  maxComplexity: 10_000,
  maxFirst: 100,
  maxListFirst: 500,
  maxBodyBytes: 100_000,
  maxBatch: 10,
  maxTokens: 5_000,
  introspection: true,
  playground: true,
};

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly code = 'BAD_REQUEST', readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, `Request body is larger than ${limit} bytes`, 'PAYLOAD_TOO_LARGE', { connection: 'close' });
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(tooLarge());
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(tooLarge());
        // Stop buffering but keep reading so the 413 can still be written back.
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string): unknown {
  if (raw === '') return undefined;
  if (contentType.includes('application/json') || contentType.includes('application/graphql-response+json')) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new HttpError(400, 'Request body is not valid JSON', 'BAD_REQUEST');
    }
  }
  return raw;
}

function checkBatch(body: unknown, maxBatch: number) {
  if (!Array.isArray(body)) return;
  if (maxBatch === 0) throw new HttpError(400, 'Batched operations (a JSON array body) are disabled on this server', 'BATCHING_DISABLED');
  if (body.length === 0) throw new HttpError(400, 'A batched request must hold at least one operation', 'BAD_REQUEST');
  if (body.length > maxBatch) throw new HttpError(400, `A batched request may hold at most ${maxBatch} operations, got ${body.length}`, 'BATCH_TOO_LARGE');
}

const TIMEOUT_CODES = /TransactionTimedOut/;

/**
 * In front of the shared error formatter: a transaction stopped by its timeout is QUERY_TIMEOUT, and any
 * other transient Neo4j error (terminated by a shutdown, leader switch, ...) left after the driver's own
 * retries is SERVICE_UNAVAILABLE: both mean "try again", neither is a bug.
 */
function formatErrorWithTimeouts(base: ReturnType<typeof makeFormatError>, timeoutMs: number | undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error) as { code?: string; originalError?: unknown } | null;
    // Errors raised before execution (plugins) arrive wrapped once in a GraphQLError.
    const original = (unwrapped?.code === undefined ? (unwrapped?.originalError as { code?: string } | undefined) : unwrapped) ?? unwrapped;
    if (original && typeof original.code === 'string' && TIMEOUT_CODES.test(original.code)) {
      const limit = timeoutMs ? ` (${timeoutMs} ms)` : '';
      return { message: `The query ran longer than the database timeout${limit} and was stopped; narrow it down.`, path: formatted.path, extensions: { code: QUERY_TIMEOUT } };
    }
    if (original && typeof original.code === 'string' && original.code.startsWith('Neo.TransientError.')) {
      return { message: 'The graph database is unavailable; try again shortly.', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    return base(formatted, error);
  };
}

export async function createApp(opts: AppOptions): Promise<App> {
  const production = opts.production ?? false;
  const logger = toLogger(opts.log);
  const limits: LimitsConfig = {
    ...DEFAULT_LIMITS,
    ...opts.limits,
    ...(opts.maxBodyBytes !== undefined ? { maxBodyBytes: opts.maxBodyBytes } : {}),
    ...(opts.introspection !== undefined ? { introspection: opts.introspection } : {}),
  };
  const lifecycle = opts.lifecycle ?? new Lifecycle('ready');
  const access = opts.access ?? { writesEnabled: false, requireAuthForReads: false };

  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: limits.introspection,
    includeStacktraceInErrorResponses: !production,
    // The process owns SIGINT/SIGTERM (main.ts drains, then stops Apollo); Apollo's own handlers would
    // start a second, concurrent stop that never finishes.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: limits.maxBatch > 0,
    parseOptions: { maxTokens: limits.maxTokens },
    // With introspection off, Apollo adds its own rule refusing __schema and __type.
    validationRules: [depthLimitRule(limits.maxDepth)],
    formatError: formatErrorWithTimeouts(makeFormatError({ production, log: (err, msg) => logger.error({ err }, msg) }), opts.queryTimeoutMs),
    plugins: [
      ...(limits.playground ? [] : [ApolloServerPluginLandingPageDisabled()]),
      ...(limits.introspection ? [] : [ApolloServerPluginDisableSuggestions()]),
      accessPlugin(access),
      complexityPlugin(limits),
      responseStatusPlugin(),
      ...(opts.plugins ?? []),
    ],
  });
  await apollo.start();
  const routes = opts.routes ?? [];

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, info: RequestInfo) {
    if (lifecycle.phase === 'starting') {
      throw new HttpError(503, `The API is starting: ${lifecycle.detail || 'waiting for Neo4j'}`, 'SERVICE_UNAVAILABLE', { 'retry-after': '2' });
    }
    const raw = req.method === 'POST' ? await readBody(req, limits.maxBodyBytes) : '';
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    const body = parseBody(raw, headers.get('content-type') ?? '');
    checkBatch(body, limits.maxBatch);
    let caller: Caller = { scopes: [] };
    if (opts.authenticate) {
      try {
        caller = await opts.authenticate(req);
      } catch (err) {
        if (err instanceof AuthenticationError) throw new HttpError(401, err.message, 'UNAUTHENTICATED', { 'www-authenticate': 'Bearer error="invalid_token"' });
        throw err;
      }
    }
    info.caller = caller.subject;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => attachRequestInfo(createContext(opts.graph, info.requestId, caller), info),
    });
    const outHeaders: Record<string, string> = {};
    for (const [k, v] of result.headers) outHeaders[k] = v;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  let inFlight = 0;
  let drained: (() => void) | undefined;

  const server = http.createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const given = req.headers['x-request-id'];
    const requestId = (typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) && given) || randomUUID();
    const info: RequestInfo = { requestId, operations: [], variableNames: [], errorCodes: [] };
    res.setHeader('x-request-id', requestId);
    if (lifecycle.phase === 'draining') res.setHeader('connection', 'close');
    inFlight++;
    res.once('close', () => {
      inFlight--;
      const line = {
        reqId: requestId,
        method: req.method,
        path: url.pathname,
        status: res.statusCode,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        ...(info.operations.length ? { operations: info.operations } : {}),
        ...(info.variableNames.length ? { variableNames: info.variableNames } : {}),
        ...(info.errorCodes.length ? { errorCodes: [...new Set(info.errorCodes)] } : {}),
        ...(info.caller ? { caller: info.caller } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (url.pathname.startsWith('/health/')) logger.debug(line, 'request');
      else if (res.statusCode >= 500) logger.warn(line, 'request');
      else logger.info(line, 'request');
      if (inFlight === 0) drained?.();
    });
    try {
      for (const route of routes) {
        const matches = route.path.endsWith('/') ? url.pathname.startsWith(route.path) : url.pathname === route.path;
        if (matches && (route.method === req.method || (route.method === 'GET' && req.method === 'HEAD'))) {
          if ((await route.handle(req, res, url)) !== false) return;
        }
      }
      if (url.pathname === '/graphql') return await handleGraphQL(req, res, url, info);
      sendJson(res, 404, { errors: [{ message: `Not found: ${url.pathname}`, extensions: { code: 'NOT_FOUND' } }] });
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        info.errorCodes.push(err.code);
        sendJson(res, err.status, { errors: [{ message: err.message, extensions: { code: err.code } }] }, err.headers);
      } else {
        logger.error({ err, reqId: requestId }, 'unhandled error in HTTP handler');
        info.errorCodes.push('INTERNAL_SERVER_ERROR');
        sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      }
    }
  });
  server.keepAliveTimeout = 5_000;
  // Bound how long a slow client may take to send headers and body.
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;

  return {
    server,
    apollo,
    lifecycle,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const addr = server.address();
          resolve(typeof addr === 'object' && addr ? addr.port : port);
        });
      });
    },
    async close({ drainTimeoutMs = 10_000 } = {}) {
      lifecycle.set('draining', 'shutting down');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => { drained = resolve; }),
          new Promise<void>((resolve) => { timer = setTimeout(resolve, drainTimeoutMs); }),
        ]);
        clearTimeout(timer);
        if (inFlight > 0) logger.warn({ inFlight, drainTimeoutMs }, 'drain timeout: closing the remaining connections');
      }
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
