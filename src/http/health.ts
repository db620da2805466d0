// Liveness and readiness probes for orchestrators and load balancers. Live means the process answers;
// ready means it has finished starting (schema applied, Neo4j reached), is not draining, and Neo4j
// answers within a short timeout right now.
import type { Graph } from '../store/graph.js';
import { sendJson, type Route } from './server.js';

export type Phase = 'starting' | 'ready' | 'draining';

/** The process's phase, shared by main (start-up, shutdown), the router and the probes. */
export class Lifecycle {
  constructor(public phase: Phase = 'ready', public detail = '') {}
  set(phase: Phase, detail = '') {
    this.phase = phase;
    this.detail = detail;
  }
}

/** True if Neo4j answers within timeoutMs. */
export async function neo4jUp(graph: Graph, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); });
  try {
    return await Promise.race([graph.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(graph: Graph, lifecycle: Lifecycle = new Lifecycle(), readyTimeoutMs = 2_000): Route[] {
  const noStore = { 'cache-control': 'no-store' };
  return [
    { method: 'GET', path: '/health/live', handle: (_req, res) => sendJson(res, 200, { status: 'ok', phase: lifecycle.phase }, noStore) },
    {
      method: 'GET',
      path: '/health/ready',
      handle: async (_req, res) => {
        if (lifecycle.phase !== 'ready') {
          sendJson(res, 503, { status: lifecycle.phase, ...(lifecycle.detail ? { detail: lifecycle.detail } : {}) }, noStore);
          return;
        }
        const up = await neo4jUp(graph, readyTimeoutMs);
        sendJson(res, up ? 200 : 503, { status: up ? 'ready' : 'unavailable', neo4j: up ? 'up' : 'down' }, noStore);
      },
    },
  ];
}
