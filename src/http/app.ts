// Assembles the whole API (GraphQL, health, web pages) over one Graph; used by `npm start` and the tests.
import type { AuthConfig } from '../config.js';
import type { Graph } from '../store/graph.js';
import { sendPlayground } from '../web/playground/index.js';
import { webRoutes } from '../web/routes.js';
import { createAuthenticator } from './auth/index.js';
import { healthRoutes } from './health.js';
import { Lifecycle } from './lifecycle.js';
import { createApp, type App, type AppOptions } from './server.js';

export type BuildOptions = Partial<AppOptions> & {
  /** Credentials from configuration; sets `authenticate` and `access` unless those are given. */
  auth?: AuthConfig;
  readyTimeoutMs?: number;
};

export function buildApp(graph: Graph, opts: BuildOptions = {}): Promise<App> {
  const { auth, readyTimeoutMs, routes, ...rest } = opts;
  const lifecycle = rest.lifecycle ?? new Lifecycle('ready');
  const authenticator = auth ? createAuthenticator(auth) : undefined;
  return createApp({
    graph,
    authenticate: authenticator?.authenticate,
    access: authenticator?.policy,
    landingPage: sendPlayground,
    ...rest,
    lifecycle,
    routes: async (app) => {
      healthRoutes(app, graph, lifecycle, readyTimeoutMs);
      await webRoutes(app);
      await routes?.(app);
    },
  });
}
