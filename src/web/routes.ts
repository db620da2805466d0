// Pages and assets served beside the API: the explorer, the Neo4j Browser style and guide, and the
// static files they and the playground load. (The playground itself answers GET /graphql: see
// src/web/playground, wired as the GraphQL route's landing page.)
import type { FastifyInstance } from 'fastify';
import { assetRoutes } from './assets.js';
import { explorerRoutes } from './explorer/index.js';
import { neo4jRoutes } from './neo4j/index.js';

export async function webRoutes(app: FastifyInstance): Promise<void> {
  explorerRoutes(app);
  neo4jRoutes(app);
  await assetRoutes(app);
}
