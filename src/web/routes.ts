// Pages and assets served beside the API (playground, explorer, Neo4j Browser style and guide).
import type { Route } from '../http/server.js';
import { assetRoutes } from './assets.js';
import { explorerRoutes } from './explorer/index.js';
import { neo4jRoutes } from './neo4j/index.js';
import { playgroundRoutes } from './playground/index.js';

export interface WebOptions {
  /** Serve GraphiQL to browsers at GET /graphql (default true); off, Apollo answers those requests. */
  playground?: boolean;
}

export function webRoutes(opts: WebOptions = {}): Route[] {
  return [
    ...(opts.playground ?? true ? playgroundRoutes() : []),
    ...explorerRoutes(),
    ...neo4jRoutes(),
    ...assetRoutes(),
  ];
}
