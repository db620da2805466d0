// GET and POST /graphql: what the HTTP layer checks before handing a request to Apollo (start-up phase,
// concurrency, batch size, document shape, credentials), the per-request context, and the response cap.
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AnalyticsService } from '../analytics/service.js';
import type { LimitsConfig } from '../config.js';
import { createContext, type Caller, type Context } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';
import { WWW_AUTHENTICATE } from '../graphql/plugins/access.js';
import type { Graph } from '../store/graph.js';
import { AuthenticationError } from './auth/index.js';
import { etagMatches, isShareable, readCaching, sharedHeaders } from './caching.js';
import { checkDocuments } from './documentGuard.js';
import { errorBody, HttpError } from './errors.js';
import type { Lifecycle } from './lifecycle.js';
import { applySafelist, safelistedUrl, type Safelist } from './persistedOperations.js';

export const GRAPHQL_PATH = '/graphql';

export interface GraphqlRouteOptions {
  apollo: ApolloServer<Context>;
  graph: Graph;
  analytics: AnalyticsService;
  limits: LimitsConfig;
  lifecycle: Lifecycle;
  authenticate?: (req: http.IncomingMessage) => Promise<Caller> | Caller;
  /** Answers browsers asking GET /graphql for HTML (the playground); none: Apollo answers them. */
  landingPage?: (reply: FastifyReply) => FastifyReply;
  /** Safelist mode: only these persisted documents run. */
  safelist?: Safelist;
}

declare module 'fastify' {
  interface FastifyRequest {
    graphqlContext?: Context;
  }
}

function checkBatch(body: unknown, maxBatch: number): void {
  if (!Array.isArray(body)) return;
  if (maxBatch === 0) throw new HttpError(400, 'Batched operations (a JSON array body) are disabled on this server', ErrorCode.BATCHING_DISABLED);
  if (body.length === 0) throw new HttpError(400, 'A batched request must hold at least one operation', ErrorCode.BAD_REQUEST);
  if (body.length > maxBatch) throw new HttpError(400, `A batched request may hold at most ${maxBatch} operations, got ${body.length}`, ErrorCode.BATCH_TOO_LARGE);
}

/** True when a browser navigates here (wants HTML), not a GraphQL client. */
export function wantsHtml(request: FastifyRequest): boolean {
  return String(request.headers.accept ?? '').includes('text/html');
}

export function graphqlRoutes(app: FastifyInstance, opts: GraphqlRouteOptions): void {
  const { limits, lifecycle } = opts;
  const apolloHandler = fastifyApolloHandler(opts.apollo, { context: async (request) => request.graphqlContext! });
  let inFlight = 0;
  const caching = readCaching(opts.graph, limits.cacheMaxAgeSeconds);

  async function prepare(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (lifecycle.phase === 'starting') {
      throw new HttpError(503, `The API is starting: ${lifecycle.detail || 'waiting for Neo4j'}`, ErrorCode.SERVICE_UNAVAILABLE, { 'retry-after': '2' });
    }
    // Refuse at once rather than queue: a queue of expensive requests is how a heap runs out.
    if (inFlight >= limits.maxConcurrent) {
      throw new HttpError(503, `The API is busy (${limits.maxConcurrent} requests in progress); retry shortly.`, ErrorCode.SERVICE_UNAVAILABLE, { 'retry-after': '1' }, { reason: 'overloaded' });
    }
    inFlight++;
    reply.raw.once('close', () => { inFlight--; });
    const body = request.method === 'POST' ? request.body : undefined;
    checkBatch(body, limits.maxBatch);
    if (opts.safelist && body !== undefined) applySafelist(body, opts.safelist);
    else if (opts.safelist) request.raw.url = safelistedUrl(request.url, opts.safelist);
    checkDocuments(body ?? request.query, limits);
    let caller: Caller = { scopes: [] };
    if (opts.authenticate) {
      try {
        caller = await opts.authenticate(request.raw);
      } catch (err) {
        if (err instanceof AuthenticationError) throw new HttpError(401, err.message, ErrorCode.UNAUTHENTICATED, { 'www-authenticate': `${WWW_AUTHENTICATE}, error="invalid_token"` });
        throw err;
      }
    }
    request.state.caller = caller.subject;
    request.graphqlContext = createContext({
      graph: opts.graph,
      analytics: opts.analytics,
      request: request.state,
      caller,
      budget: { deadline: Date.now() + limits.deadlineMs, deadlineMs: limits.deadlineMs, maxRoundTrips: limits.maxRoundTrips, maxParallel: limits.maxParallelDbCalls },
      limits,
    });
  }

  const isLandingPage = (request: FastifyRequest) => request.method === 'GET' && opts.landingPage !== undefined && wantsHtml(request);

  async function handle(request: FastifyRequest, reply: FastifyReply) {
    if (isLandingPage(request)) return opts.landingPage!(reply);
    await prepare(request, reply);
    const etag = isShareable(request, caching) ? await caching.etag() : null;
    if (etag && etagMatches(request.headers['if-none-match'], etag)) return sharedHeaders(reply.code(304), etag, caching).send();
    const body = await apolloHandler.call(app, request as never, reply as never);
    if (typeof body === 'string' && Buffer.byteLength(body) > limits.maxResponseBytes) {
      request.state.errorCodes.push(ErrorCode.RESPONSE_TOO_LARGE);
      return reply.code(400).type('application/json; charset=utf-8').send(errorBody(ErrorCode.RESPONSE_TOO_LARGE, `The answer is larger than ${limits.maxResponseBytes} bytes; ask for fewer items or fields.`, { maxResponseBytes: limits.maxResponseBytes }));
    }
    if (etag && reply.statusCode === 200 && request.state.errorCodes.length === 0) sharedHeaders(reply, etag, caching);
    else reply.header('cache-control', 'no-store');
    return body;
  }

  app.route({
    method: ['GET', 'POST'],
    url: GRAPHQL_PATH,
    // Marked before the body is read, so refusals of the body itself count as GraphQL requests too.
    onRequest: async (request) => {
      request.graphqlRequest = !isLandingPage(request);
    },
    handler: handle,
  });
  // A preflight from an origin that is not allowed reaches here (an allowed one is answered by the CORS
  // plugin): a plain answer with no grant, which the browser then refuses.
  app.options(GRAPHQL_PATH, (_request, reply) => reply.code(204).header('allow', 'GET, POST, OPTIONS').send());
}
