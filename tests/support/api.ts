// Runs the real API (HTTP server + Apollo + type-graphql) on an ephemeral loopback port against the
// test Neo4j, and posts GraphQL to it the way a client would.
import { type App } from '../../src/http/server.js';
import { buildApp, type BuildOptions } from '../../src/http/app.js';
import type { Graph } from '../../src/store/graph.js';

export interface TestApi {
  app: App;
  url: string;
  /** POSTs a GraphQL operation; returns the HTTP status and the parsed body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  close(): Promise<void>;
}

export async function startTestApi(graph: Graph, opts: BuildOptions = {}): Promise<TestApi> {
  const app = await buildApp(graph, { log: () => {}, ...opts });
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as any };
    },
    close: () => app.close(),
  };
}
