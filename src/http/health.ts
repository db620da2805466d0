// Liveness and readiness probes for orchestrators and load balancers. Live means the process answers;
// ready means it has finished starting (schema applied, Neo4j reached), is not draining, and Neo4j
// answers within a short timeout right now.
import type { FastifyInstance } from 'fastify';
import type { Graph } from '../store/graph.js';
import { neo4jUp, type Lifecycle } from './lifecycle.js';

export const HEALTH_PREFIX = '/health/';

export function healthRoutes(app: FastifyInstance, graph: Graph, lifecycle: Lifecycle, readyTimeoutMs = 2_000): void {
  app.get('/health/live', async (_req, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok', phase: lifecycle.phase }));
  app.get('/health/ready', async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    if (lifecycle.phase !== 'ready') {
      return reply.code(503).send({ status: lifecycle.phase, ...(lifecycle.detail ? { detail: lifecycle.detail } : {}) });
    }
    const up = await neo4jUp(graph, readyTimeoutMs);
    return reply.code(up ? 200 : 503).send({ status: up ? 'ready' : 'unavailable', neo4j: up ? 'up' : 'down' });
  });
}
