// Pages and assets served beside the API (playground, explorer, Neo4j Browser style and guide).
import type { Route } from '../api/server.js';

export function webRoutes(): Route[] {
  return [];
}
