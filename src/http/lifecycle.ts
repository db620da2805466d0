// The process's phase, shared by main (start-up, shutdown), the router and the health probes.
import type { Graph } from '../store/graph.js';

export type Phase = 'starting' | 'ready' | 'draining';

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
