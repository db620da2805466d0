// Liveness and readiness probes for orchestrators and load balancers.
import type { Graph } from '../db/graph.js';
import { sendJson, type Route } from './server.js';

export function healthRoutes(graph: Graph): Route[] {
  return [
    { method: 'GET', path: '/health/live', handle: (_req, res) => sendJson(res, 200, { status: 'ok' }) },
    {
      method: 'GET',
      path: '/health/ready',
      handle: async (_req, res) => {
        const up = await graph.ping();
        sendJson(res, up ? 200 : 503, { status: up ? 'ready' : 'unavailable', neo4j: up ? 'up' : 'down' });
      },
    },
  ];
}
