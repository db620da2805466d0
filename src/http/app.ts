// Assembles the whole API (GraphQL, health, web pages) over one Graph; used by `npm start` and the tests.
import type { AuthConfig } from '../config.js';
import type { Graph } from '../store/graph.js';
import { createAuthenticator } from './auth/index.js';
import { healthRoutes, Lifecycle } from './health.js';
import { createApp, type App, type AppOptions } from './server.js';
import { webRoutes } from '../web/routes.js';

export type BuildOptions = Partial<AppOptions> & {
  /** Credentials from configuration; sets `authenticate` and `access` unless those are given. */
  auth?: AuthConfig;
  readyTimeoutMs?: number;
};

export function buildApp(graph: Graph, opts: BuildOptions = {}): Promise<App> {
  const { auth, readyTimeoutMs, ...rest } = opts;
  const lifecycle = rest.lifecycle ?? new Lifecycle('ready');
  const authenticator = auth ? createAuthenticator(auth) : undefined;
  return createApp({
    graph,
    authenticate: authenticator?.authenticate,
    access: authenticator?.policy,
    ...rest,
    lifecycle,
    routes: [...healthRoutes(graph, lifecycle, readyTimeoutMs), ...webRoutes({ playground: rest.limits?.playground ?? true }), ...(rest.routes ?? [])],
  });
}
