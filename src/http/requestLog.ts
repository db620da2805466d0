// One log line per request: id, method, path, status, duration, and for GraphQL the operations, variable
// names (never values), error codes and caller. The line is written when the connection is done with the
// response, so an aborted request is logged too (aborted: true) instead of raising an error. Observers
// (the metrics) get the same measurement.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { newRequestState, type RequestState } from '../graphql/context.js';
import type { Logger } from '../logging.js';
import { HEALTH_PREFIX } from './health.js';
import type { Lifecycle } from './lifecycle.js';

declare module 'fastify' {
  interface FastifyRequest {
    state: RequestState;
  }
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** A request the server is done with, as the log line measured it. */
/** Where the Prometheus metrics are served (metrics.ts); scrapes are logged at debug level, like health checks. */
export const METRICS_PATH = '/metrics';

export interface FinishedRequest {
  request: FastifyRequest;
  path: string;
  status: number;
  durationMs: number;
  aborted: boolean;
}

export type RequestObserver = (done: FinishedRequest) => void;

export function requestLog(app: FastifyInstance, logger: Logger, lifecycle: Lifecycle, observers: readonly RequestObserver[] = []): void {
  app.decorateRequest('state', null as unknown as RequestState);
  app.addHook('onRequest', async (request, reply) => {
    const started = process.hrtime.bigint();
    const given = request.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    request.state = newRequestState(requestId);
    reply.header('x-request-id', requestId);
    // Every response: browsers must not guess a type other than the one sent.
    reply.header('x-content-type-options', 'nosniff');
    if (lifecycle.phase === 'draining') reply.header('connection', 'close');
    const path = request.url.split('?')[0];
    reply.raw.once('close', () => {
      const info = request.state;
      const done: FinishedRequest = { request, path, status: reply.raw.statusCode, durationMs: Number(process.hrtime.bigint() - started) / 1e6, aborted: !reply.raw.writableFinished };
      const line = {
        reqId: requestId,
        method: request.method,
        path,
        status: done.status,
        durationMs: done.durationMs,
        ...(info.operations.length ? { operations: info.operations } : {}),
        ...(info.variableNames.length ? { variableNames: info.variableNames } : {}),
        ...(info.errorCodes.length ? { errorCodes: [...new Set(info.errorCodes)] } : {}),
        ...(info.caller ? { caller: info.caller } : {}),
        ...(done.aborted ? { aborted: true } : {}),
      };
      for (const observe of observers) observe(done);
      // Probes and scrapes arrive every few seconds: their lines are debug.
      if (path.startsWith(HEALTH_PREFIX) || path === METRICS_PATH) logger.debug(line, 'request');
      else if (reply.raw.statusCode >= 500) logger.warn(line, 'request');
      else logger.info(line, 'request');
    });
  });
}
