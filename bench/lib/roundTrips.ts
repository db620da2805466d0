// Database round trips per request for each rolegraph scenario, read from the Graph wrapper's counter
// around requests to an in-process copy of the API (same buildApp, same database). Warm requests only:
// the first ones may fill caches (e.g. an analytics projection) and are reported apart.
import { buildApp } from '../../src/http/app.js';
import type { Graph } from '../../src/store/graph.js';
import type { Scenario } from './scenarios.js';

export interface RoundTrips {
  /** Round trips of the very first request (cold caches). */
  cold: number;
  /** Mean round trips per warm request. */
  warm: number;
}

export async function countRoundTrips(graph: Graph, scenarios: Scenario[], warmRequests = 5): Promise<Record<string, RoundTrips>> {
  const app = await buildApp(graph, { production: true, log: () => {} });
  const port = await app.listen(0, '127.0.0.1');
  const post = async (s: Scenario) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(s.rolegraph),
    });
    await res.text();
  };
  const out: Record<string, RoundTrips> = {};
  try {
    for (const s of scenarios) {
      let before = graph.roundTrips;
      await post(s);
      const cold = graph.roundTrips - before;
      await post(s);
      before = graph.roundTrips;
      for (let i = 0; i < warmRequests; i++) await post(s);
      out[s.name] = { cold, warm: (graph.roundTrips - before) / warmRequests };
    }
  } finally {
    await app.close();
  }
  return out;
}
