// Assembles the whole API (GraphQL, health, web pages) over one Graph; used by `npm start` and the tests.
import type { Graph } from './db/graph.js';
import { healthRoutes } from './api/health.js';
import { createApp, type App, type AppOptions } from './api/server.js';
import { webRoutes } from './web/routes.js';

export type BuildOptions = Partial<AppOptions>;

export function buildApp(graph: Graph, opts: BuildOptions = {}): Promise<App> {
  return createApp({
    graph,
    ...opts,
    routes: [...healthRoutes(graph), ...webRoutes(), ...(opts.routes ?? [])],
  });
}
